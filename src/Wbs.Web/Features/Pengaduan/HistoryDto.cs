namespace Wbs.Web.Features.Pengaduan;

public sealed record HistoryDto(string Status, string? Note, DateTime At);
