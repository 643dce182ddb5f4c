namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffStatusChanged(string RegistrationNumber, string Status, string? DueOn, string? Outcome, string? ForwardedTo, IReadOnlyList<string> AllowedNext);
