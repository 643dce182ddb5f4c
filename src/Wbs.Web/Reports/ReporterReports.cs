using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Evidence;
using Wbs.Web.Security;

namespace Wbs.Web.Reports;

public sealed record ReportListItem(
    string RegistrationNumber, string Title, string ViolationType, ReportStatus Status, DateTime SubmittedAt, DateTime UpdatedAt, int UnreadMessages = 0);

public sealed record ReportMessageItem(bool FromStaff, DateTime At, string Body);

public sealed record ReportHistoryItem(ReportStatus Status, string? Note, DateTime At);

public sealed record ReportAttachmentItem(Guid Id, string FileName, string ContentType, long Size, IReadOnlyList<string> RemovedMetadata);

public sealed record ReportDetail(
    string RegistrationNumber, ReportStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    string ViolationType, string? Unit, ReportContent Content,
    IReadOnlyList<ReportHistoryItem> History, IReadOnlyList<ReportAttachmentItem> Attachments)
{
    public IReadOnlyList<ReportMessageItem> Messages { get; init; } = [];
    public DateTime? ContactRevealedAt { get; init; }
    public DateOnly? DueOn { get; init; }
    public int ViolationTypeId { get; init; }
}

public sealed record AttachmentDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// A reporter's view of their own complaints. Every query is scoped to the owner: another reporter's number is
/// simply not found.
/// </summary>
public sealed class ReporterReports(WbsDbContext db, ContentSealer sealer, AgencyClock clock)
{
    public async Task<List<ReportListItem>> ListAsync(string reporterId, CancellationToken ct)
    {
        var rows = await db.Reports.AsNoTracking()
            .Where(r => r.ReporterId == reporterId)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SealedContent, ViolationType = r.ViolationType!.Name, r.Status, r.SubmittedAt, r.UpdatedAt,
                Unread = db.ReportMessages.Count(m => m.ReportId == r.Id && m.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ReportListItem(
            r.RegistrationNumber, sealer.TitleOrUnavailable(r.Id, r.SealedContent), r.ViolationType, r.Status, r.SubmittedAt, r.UpdatedAt, r.Unread)).ToList();
    }

    public async Task<ReportDetail?> FindAsync(string reporterId, string registrationNumber, CancellationToken ct, bool markRead = false)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        if (number is null)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking()
            .Where(r => r.ReporterId == reporterId && r.RegistrationNumber == number)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.Status, r.SubmittedAt, r.UpdatedAt, r.SealedContent,
                ViolationType = r.ViolationType!.Name, r.ViolationTypeId, Unit = r.Unit == null ? null : r.Unit.Name, r.ContactRevealedAt, r.DueOn,
            })
            .SingleOrDefaultAsync(ct);
        if (report is null)
        {
            return null;
        }

        // The reporter sees status changes and their public notes only: never internal notes or assignments.
        var events = await db.ReportEvents.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Kind == ReportEventKind.Submitted || e.Kind == ReportEventKind.StatusChanged || e.Kind == ReportEventKind.Completed))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.Status, e.SealedPublicNote, e.At }).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id)
            .OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size, a.RemovedMetadata }).ToListAsync(ct);

        var messages = await db.ReportMessages.Where(m => m.ReportId == report.Id).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        if (markRead)
        {
            foreach (var message in messages.Where(m => m.FromStaff && m.ReadAt is null))
            {
                message.ReadAt = clock.UtcNow;
            }

            await db.SaveChangesAsync(ct);
        }

        return new ReportDetail(
            report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt, report.ViolationType, report.Unit,
            sealer.Open<ReportContent>(report.Id, report.SealedContent),
            events.Select(e => new ReportHistoryItem(
                e.Status, e.SealedPublicNote is null ? null : sealer.Open<string>(report.Id, e.SealedPublicNote), e.At)).ToList(),
            attachments.Select(a => new ReportAttachmentItem(
                a.Id, sealer.Open<string>(report.Id, a.SealedFileName), a.ContentType, a.Size,
                RemovedMetadataText.Split(a.RemovedMetadata))).ToList())
        {
            Messages = messages.Select(m => new ReportMessageItem(m.FromStaff, m.At, sealer.Open<string>(report.Id, m.SealedBody))).ToList(),
            ContactRevealedAt = report.ContactRevealedAt,
            DueOn = report.DueOn,
            ViolationTypeId = report.ViolationTypeId,
        };
    }

    public async Task<AttachmentDownload?> DownloadAsync(string reporterId, string registrationNumber, Guid attachmentId, CancellationToken ct)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        if (number is null)
        {
            return null;
        }

        var row = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Join(db.Reports.Where(r => r.ReporterId == reporterId && r.RegistrationNumber == number),
                a => a.ReportId, r => r.Id, (a, r) => new { a.ReportId, a.SealedFileName, a.ContentType, a.Blob!.Data })
            .SingleOrDefaultAsync(ct);
        return row is null
            ? null
            : new AttachmentDownload(sealer.Open<string>(row.ReportId, row.SealedFileName), row.ContentType, sealer.OpenBytes(row.ReportId, row.Data));
    }
}
