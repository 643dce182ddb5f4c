namespace Wbs.Web.Features.Pengaduan;

public sealed record ReportMessageDto(bool FromStaff, DateTime At, string Body);
