namespace Wbs.Web.Features.Pengaduan;

/// <summary>The multipart fields of POST /api/v1/reports, described for the OpenAPI document.</summary>
public class ComplaintForm
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int ViolationTypeId { get; init; }

    /// <summary>JSON array of {name, position?, unit?}.</summary>
    public required string ReportedPersons { get; init; }
    public required string Location { get; init; }

    /// <summary>A unit's id or exact name.</summary>
    public string? Unit { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public required string IncidentDate { get; init; }
    public string? IncidentDateEnd { get; init; }
    public string? Why { get; init; }
    public string? How { get; init; }
    public decimal? EstimatedLoss { get; init; }
    public IFormFileCollection? Files { get; init; }
}
