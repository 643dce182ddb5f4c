namespace Wbs.Web.Domain;

/// <summary>Jenis pelanggaran: master data, editable by an admin.</summary>
public class ViolationType
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>Unit kerja / OPD (Organisasi Perangkat Daerah) of the municipality.</summary>
public class Unit
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
