namespace Wbs.Web.Features.Lacak;

public sealed record AnonymousSessionRequest(string? RegistrationNumber, string? AccessCode);
