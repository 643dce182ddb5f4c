namespace Wbs.Web.Features.Akun;

public sealed record RegisterRequest(string? Username, string? Password, string? PhoneNumber, string? Email);
