using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Reports;
using Wbs.Web.Security;

namespace Wbs.Web.Staff;

/// <summary>
/// Evidence as staff get it, for a report of either kind that the caller has already found within the actor's reach:
/// the cleaned file (audited), or the sealed original for a stated reason (audited with the reason).
/// </summary>
public sealed class StaffEvidence(WbsDbContext db, ContentSealer sealer, AuditLog audit)
{
    public const string ReasonMessage = "Tuliskan alasan membuka berkas asli (sedikitnya 10 karakter).";

    public static bool IsReason(string? reason) => !string.IsNullOrWhiteSpace(reason) && reason.Trim().Length >= 10;

    public async Task<AttachmentDownload?> DownloadAsync(string actorName, Guid reportId, string registrationNumber, Guid attachmentId, CancellationToken ct)
    {
        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.ReportId == reportId)
            .Select(a => new { a.SealedFileName, a.ContentType, a.Blob!.Data }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        await audit.AppendAsync(actorName, AuditActions.Download, registrationNumber, attachmentId.ToString(), ct);
        return new AttachmentDownload(sealer.Open<string>(reportId, row.SealedFileName), row.ContentType, sealer.OpenBytes(reportId, row.Data));
    }

    /// <summary>The upload as it came, metadata and all; the caller has checked the reason with <see cref="IsReason"/>.</summary>
    public async Task<AttachmentDownload?> RevealOriginalAsync(
        string actorName, Guid reportId, string registrationNumber, Guid attachmentId, string reason, CancellationToken ct)
    {
        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.ReportId == reportId)
            .Select(a => new { a.SealedFileName, a.ContentType, a.Blob!.Data, a.Blob.SealedOriginal }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var why = reason.Trim();
        await audit.AppendAsync(actorName, AuditActions.Reveal, registrationNumber, $"berkas asli {attachmentId}", ct, typedNote: why.Length <= 1000 ? why : why[..1000]);
        var bytes = row.SealedOriginal is null ? sealer.OpenBytes(reportId, row.Data) : sealer.OpenBytes(attachmentId, row.SealedOriginal);
        return new AttachmentDownload("asli-" + sealer.Open<string>(reportId, row.SealedFileName), row.ContentType, bytes);
    }
}
