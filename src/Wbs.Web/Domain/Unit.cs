namespace Wbs.Web.Domain;

/// <summary>Unit kerja / OPD (Organisasi Perangkat Daerah) of the municipality.</summary>
public class Unit : IMasterItem
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
