namespace Wbs.Web.Domain;

/// <summary>The reporter's level of office, which decides who at KPK signs the decision (Peraturan KPK 1/2026).</summary>
public enum PositionLevel
{
    /// <summary>Penyelenggara negara and Jabatan Pimpinan Tinggi (eselon I–II).</summary>
    PimpinanTinggi,

    /// <summary>Jabatan Administrator (eselon III).</summary>
    Administrator,

    /// <summary>Jabatan Pengawas (eselon IV).</summary>
    Pengawas,

    /// <summary>Pelaksana and functional officials, and employees who are not civil servants.</summary>
    PelaksanaAtauFungsional,
}
