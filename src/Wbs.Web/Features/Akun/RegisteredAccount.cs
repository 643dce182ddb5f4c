using Wbs.Web.Domain;

namespace Wbs.Web.Features.Akun;

/// <summary>A new account and its recovery code, shown to the reporter once.</summary>
public sealed record RegisteredAccount(AppUser User, string RecoveryCode);
