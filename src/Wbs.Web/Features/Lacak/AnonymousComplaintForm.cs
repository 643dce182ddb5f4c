namespace Wbs.Web.Features.Lacak;

/// <summary>The multipart of POST /api/v1/reports plus an optional contact the reporter chooses to leave.</summary>
public sealed class AnonymousComplaintForm
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int ViolationTypeId { get; init; }

    /// <summary>JSON array of {name, position?, unit?}.</summary>
    public required string ReportedPersons { get; init; }
    public required string Location { get; init; }
    public string? Unit { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public required string IncidentDate { get; init; }
    public string? IncidentDateEnd { get; init; }
    public string? Why { get; init; }
    public string? How { get; init; }
    public decimal? EstimatedLoss { get; init; }

    /// <summary>Optional: an Indonesian mobile number the inspectorate may call; stored encrypted and shown masked.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Optional: an email address; stored encrypted.</summary>
    public string? ContactEmail { get; init; }
    public IFormFileCollection? Files { get; init; }
}
