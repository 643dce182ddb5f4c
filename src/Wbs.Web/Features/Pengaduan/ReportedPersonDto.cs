namespace Wbs.Web.Features.Pengaduan;

public sealed record ReportedPersonDto(string Name, string? Position, string? Unit);
