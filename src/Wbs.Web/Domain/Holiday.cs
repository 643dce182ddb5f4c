namespace Wbs.Web.Domain;

/// <summary>A non-working day other than a weekend: a national holiday or cuti bersama (admin-editable).</summary>
public class Holiday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
