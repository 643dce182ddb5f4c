namespace Wbs.Web.Features.Akun;

public sealed record RegistrationRequest(string? Username, string? Password, string? PhoneNumber, string? Email);
