namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationCreated(string RegistrationNumber, string Status, DateTime SubmittedAt, string ReportDeadline);
