namespace Wbs.Web.Features.Akun;

/// <summary>
/// A sign-in; staff add <c>totpCode</c>, and, while their password is still the one an admin set, <c>newPassword</c>:
/// the password of their own that replaces it.
/// </summary>
public sealed record LoginRequest(string? Username, string? Password, string? TotpCode = null, string? NewPassword = null);
