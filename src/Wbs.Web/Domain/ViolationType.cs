namespace Wbs.Web.Domain;

/// <summary>Jenis pelanggaran: master data, editable by an admin.</summary>
public class ViolationType : IMasterItem
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
