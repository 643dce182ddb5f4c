namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffMessageDto(long Id, bool FromStaff, string? Author, DateTime At, string Body, DateTime? ReadAt);
