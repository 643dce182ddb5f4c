namespace Wbs.Web.Features.Gratifikasi;

/// <summary>What a reporter sent for a new gratification report, as text, before any checks (page and API alike).</summary>
public sealed class GratificationDraft
{
    public string? ReportType { get; set; }
    public string? FullName { get; set; }
    public string? Nik { get; set; }
    public string? Nip { get; set; }
    public string? Position { get; set; }
    public string? Unit { get; set; }
    public string? Institution { get; set; }
    public string? PhoneNumber { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? GiverName { get; set; }
    public string? GiverOccupation { get; set; }
    public string? GiverAddress { get; set; }
    public string? GiverPhone { get; set; }
    public string? Relationship { get; set; }
    public string? RelationshipOther { get; set; }
    public string? Occasion { get; set; }
    public string? OccasionOther { get; set; }
    public string? ObjectType { get; set; }
    public string? ObjectDescription { get; set; }
    public string? EstimatedValue { get; set; }
    public string? ReceivedDate { get; set; }
    public string? ReceivedPlace { get; set; }
    public string? ObjectLocation { get; set; }
    public string? Chronology { get; set; }
}
