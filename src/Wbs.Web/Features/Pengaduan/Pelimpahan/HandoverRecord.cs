namespace Wbs.Web.Features.Pengaduan.Pelimpahan;

/// <summary>A package made before, as the case page lists it.</summary>
public sealed record HandoverRecord(
    Guid Id, string Recipient, string LetterNumber, DateOnly LetterDate, string CreatedBy, DateTime CreatedAt,
    int FileCount, int RedactionCount, bool IdentityIncluded, string Sha256, long Size);
