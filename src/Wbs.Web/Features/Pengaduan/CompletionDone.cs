namespace Wbs.Web.Features.Pengaduan;

public sealed record CompletionDone(string RegistrationNumber, string Status);
