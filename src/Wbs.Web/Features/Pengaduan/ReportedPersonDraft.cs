namespace Wbs.Web.Features.Pengaduan;

public sealed class ReportedPersonDraft
{
    public string? Name { get; set; }
    public string? Position { get; set; }
    public string? Unit { get; set; }
}
