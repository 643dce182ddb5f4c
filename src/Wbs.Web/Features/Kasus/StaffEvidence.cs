using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// Evidence as staff get it, for a report of either kind that the caller has already found within the actor's reach:
/// the cleaned file (audited), or the sealed original for a stated reason (audited with the reason).
/// </summary>
public sealed class StaffEvidence(WbsDbContext db, ContentSealer sealer, AuditLog audit)
{
    public static bool IsReason(string? reason) => CaseLimits.CheckReason(reason, "berkas asli").IsOk;

    public async Task<AttachmentDownload?> DownloadAsync(string actorName, Guid reportId, string registrationNumber, Guid attachmentId, CancellationToken ct)
    {
        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.ReportId == reportId)
            .Select(a => new { a.SealedFileName, a.ContentType }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        await audit.AppendAsync(actorName, AuditActions.Download, registrationNumber, attachmentId.ToString(), ct);
        var content = await EvidenceBlobs.OpenAsync(db, sealer, attachmentId, nameof(AttachmentBlob.Data), reportId, ct);
        return content is null ? null : new AttachmentDownload(sealer.Open<string>(reportId, row.SealedFileName), row.ContentType, content);
    }

    /// <summary>The upload as it came, metadata and all; the caller has checked the reason with <see cref="IsReason"/>.</summary>
    public async Task<AttachmentDownload?> RevealOriginalAsync(
        string actorName, Guid reportId, string registrationNumber, Guid attachmentId, string reason, CancellationToken ct)
    {
        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.ReportId == reportId)
            .Select(a => new { a.SealedFileName, a.ContentType, HasOriginal = a.Blob!.SealedOriginal != null }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        await audit.AppendAsync(actorName, AuditActions.Reveal, registrationNumber, $"berkas asli {attachmentId}", ct, typedNote: CaseLimits.Stored(reason));
        var content = row.HasOriginal
            ? await EvidenceBlobs.OpenAsync(db, sealer, attachmentId, nameof(AttachmentBlob.SealedOriginal), attachmentId, ct)
            : await EvidenceBlobs.OpenAsync(db, sealer, attachmentId, nameof(AttachmentBlob.Data), reportId, ct);
        return content is null ? null : new AttachmentDownload("asli-" + sealer.Open<string>(reportId, row.SealedFileName), row.ContentType, content);
    }
}
