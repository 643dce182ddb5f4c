namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>What the Inspektur chose for a package; <see cref="Marked"/> holds each part's text with its [[markers]].</summary>
public sealed record HandoverRequest(
    string? Recipient, string? OtherRecipient, string? LetterNumber, string? LetterDate, string? PublicNote,
    IReadOnlyCollection<Guid> FileIds, IReadOnlyCollection<long> MessageIds, IReadOnlyDictionary<string, string> Marked,
    string? Phrases, bool IncludeIdentity, string? IdentityReason);
