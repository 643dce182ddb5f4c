namespace Wbs.Web.Features.Pengaduan;

public sealed record ReportMessageRequest(string? Body);
