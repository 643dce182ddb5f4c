namespace Wbs.Web.Domain;

/// <summary>A named, ordered entry of a list an admin keeps (violation types, units).</summary>
public interface IMasterItem
{
    int Id { get; }
    string Name { get; set; }
    int SortOrder { get; set; }
    bool IsActive { get; set; }
}

/// <summary>Jenis pelanggaran: master data, editable by an admin.</summary>
public class ViolationType : IMasterItem
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>Unit kerja / OPD (Organisasi Perangkat Daerah) of the municipality.</summary>
public class Unit : IMasterItem
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
