namespace Wbs.Web.Features.Pengaduan;

public sealed record ReportMessageItem(bool FromStaff, DateTime At, string Body);
