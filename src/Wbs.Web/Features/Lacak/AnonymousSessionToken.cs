namespace Wbs.Web.Features.Lacak;

public sealed record AnonymousSessionToken(string AccessToken, string TokenType, int ExpiresIn);
