using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationDetailDto(
    string RegistrationNumber, string Status, DateTime SubmittedAt, DateTime UpdatedAt,
    string ReportDeadline, bool ReportedInTime, GratificationReporterDto Reporter,
    string ReportType, string ReportTypeLabel,
    string GiverName, string? GiverOccupation, string? GiverAddress, string? GiverPhone,
    string Relationship, string RelationshipLabel, string? RelationshipOther,
    string Occasion, string OccasionLabel, string? OccasionOther,
    string ObjectType, string ObjectTypeLabel, string ObjectDescription, decimal EstimatedValue,
    string ReceivedDate, string ReceivedPlace, string ObjectLocation, string ObjectLocationLabel, string Chronology,
    string? ForwardedToKpkOn, string? KpkDecision, string? KpkDecisionLabel, string? KpkDecisionNumber, string? KpkDecisionDate,
    IReadOnlyList<HistoryDto> History, IReadOnlyList<AttachmentDto> Attachments);
