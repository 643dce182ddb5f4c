namespace Wbs.Web.Domain;

/// <summary>A named, ordered entry of a list an admin keeps (violation types, units).</summary>
public interface IMasterItem
{
    int Id { get; }
    string Name { get; set; }
    int SortOrder { get; set; }
    bool IsActive { get; set; }
}
