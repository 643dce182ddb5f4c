namespace Wbs.Web.Features.Pengaduan;

/// <summary>What a reporter sent for a new complaint, as text, before any checks (shared by the page and the API).</summary>
public sealed class ComplaintDraft
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? ViolationTypeId { get; set; }
    public List<ReportedPersonDraft> ReportedPersons { get; set; } = [];
    public string? Witnesses { get; set; }
    public string? Location { get; set; }
    public int? UnitId { get; set; }
    public string? IncidentDate { get; set; }
    public string? IncidentDateEnd { get; set; }
    public string? Why { get; set; }
    public string? How { get; set; }
    public string? EstimatedLoss { get; set; }
}
