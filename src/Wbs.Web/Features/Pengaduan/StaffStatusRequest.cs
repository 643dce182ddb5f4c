namespace Wbs.Web.Features.Pengaduan;

/// <summary>status: the target status; outcome: terbukti | tidak terbukti (for Selesai); forwardedTo: the body (for Diteruskan).</summary>
public sealed record StaffStatusRequest(string? Status, string? PublicNote, string? InternalNote, string? Outcome, string? ForwardedTo);
