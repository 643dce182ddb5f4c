namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffHistoryDto(string Kind, string Status, DateTime At, string? Actor, string? PublicNote, string? InternalNote);
