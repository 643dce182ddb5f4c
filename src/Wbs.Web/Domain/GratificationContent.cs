namespace Wbs.Web.Domain;

/// <summary>The gift and how it came, as the reporter wrote it.</summary>
public sealed record GratificationContent
{
    public required GratificationReportType ReportType { get; init; }
    public required string GiverName { get; init; }
    public string? GiverOccupation { get; init; }
    public string? GiverAddress { get; init; }
    public string? GiverPhone { get; init; }
    public required GiverRelationship Relationship { get; init; }
    public string? RelationshipOther { get; init; }
    public required GiftOccasion Occasion { get; init; }
    public string? OccasionOther { get; init; }
    public required GiftObjectType ObjectType { get; init; }
    public required string ObjectDescription { get; init; }
    public required decimal EstimatedValue { get; init; }
    public required DateOnly ReceivedDate { get; init; }
    public required string ReceivedPlace { get; init; }
    public required GiftLocation ObjectLocation { get; init; }
    public required string Chronology { get; init; }
}
