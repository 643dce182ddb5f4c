namespace Wbs.Web.Domain;

/// <summary>The free text of a complaint, as the reporter wrote it (the 5W+1H: what, who, where, when, why, how).</summary>
public sealed record ComplaintContent
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<ReportedPerson> ReportedPersons { get; init; }
    public string? Witnesses { get; init; }
    public required string Location { get; init; }
    public required DateOnly IncidentDate { get; init; }
    public DateOnly? IncidentDateEnd { get; init; }
    public string? Why { get; init; }
    public string? How { get; init; }
    public decimal? EstimatedLoss { get; init; }

    /// <summary>For a complaint recorded by staff: the SP4N-LAPOR! tracking number or what else names its channel (sealed like the rest).</summary>
    public string? ChannelReference { get; init; }
}
