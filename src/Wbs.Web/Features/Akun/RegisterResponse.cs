namespace Wbs.Web.Features.Akun;

public sealed record RegisterResponse(string Username, string RecoveryCode);
