namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintSummaryDto(string RegistrationNumber, string Title, string ViolationType, string Status, DateTime SubmittedAt, DateTime UpdatedAt);
