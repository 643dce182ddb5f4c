namespace Wbs.Web.Domain;

/// <summary>The life cycle of a complaint; stored by name.</summary>
public enum ComplaintStatus
{
    Diterima,
    Verifikasi,
    PerluDilengkapi,
    Ditindaklanjuti,
    Diteruskan,
    Ditolak,
    Selesai,
}
