namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationSummaryDto(
    string RegistrationNumber, string ReportType, string ReportTypeLabel, string ObjectType, string ObjectTypeLabel,
    string Status, string ReceivedDate, DateTime SubmittedAt, DateTime UpdatedAt);
