namespace Wbs.Web.Features.Kasus;

/// <summary>A submission's idempotency key, hashed for its owner's scope, ready to be stored with the report it files.</summary>
/// <param name="AccessCode">For a report without an account: the code to seal with the key, so a retry can show it again.</param>
public sealed record SubmissionKeyClaim(string Hash, string Key, string? AccessCode = null);
