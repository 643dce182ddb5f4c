namespace Wbs.Web.Documents;

/// <summary>What a receipt's signature vouches for: the number, its kind, when it was submitted and a digest of what was submitted.</summary>
public sealed record ReceiptClaim(ReceiptKind Kind, string RegistrationNumber, DateTime SubmittedAtUtc, byte[] ContentDigest);
