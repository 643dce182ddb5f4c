namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintCreated(string RegistrationNumber, string Status, DateTime SubmittedAt);
