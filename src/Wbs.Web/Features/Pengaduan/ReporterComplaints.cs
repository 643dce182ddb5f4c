using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// A reporter's own complaints: list, page, files, messages and completion. Every query is scoped to the owner:
/// another reporter's number is simply not found.
/// </summary>
public sealed class ReporterComplaints(WbsDbContext db, ContentSealer sealer, ReporterCaseWork work, Deadlines deadlines)
    : IReporterCases<ComplaintListItem, ComplaintDetail>
{
    public async Task<List<ComplaintListItem>> ListAsync(string reporterId, CancellationToken ct)
    {
        var rows = await db.Complaints.AsNoTracking()
            .Where(r => r.ReporterId == reporterId)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SealedContent, ViolationType = r.ViolationType!.Name, r.Status, r.SubmittedAt, r.UpdatedAt,
                Unread = db.ReportMessages.Count(m => m.ReportId == r.Id && m.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ComplaintListItem(
            r.RegistrationNumber, sealer.TitleOrUnavailable(r.Id, r.SealedContent), r.ViolationType, r.Status, r.SubmittedAt, r.UpdatedAt, r.Unread)).ToList();
    }

    public async Task<ComplaintDetail?> FindAsync(ReportOwner owner, string registrationNumber, CancellationToken ct, bool markRead = false)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        if (number is null)
        {
            return null;
        }

        var report = await Owned(owner).AsNoTracking()
            .Where(r => r.RegistrationNumber == number)
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
        var events = await db.ComplaintEvents.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Kind == ReportEventKind.Submitted || e.Kind == ReportEventKind.StatusChanged || e.Kind == ReportEventKind.Completed))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.Status, e.SealedPublicNote, e.At }).ToListAsync(ct);
        var (messages, attachments) = await work.OpenAsync(report.Id, markRead, ct);
        return new ComplaintDetail(
            report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt, report.ViolationType, report.Unit,
            sealer.Open<ComplaintContent>(report.Id, report.SealedContent),
            events.Select(e => new ComplaintHistoryItem(
                e.Status, e.SealedPublicNote is null ? null : sealer.Open<string>(report.Id, e.SealedPublicNote), e.At)).ToList(),
            attachments)
        {
            Messages = messages,
            ContactRevealedAt = report.ContactRevealedAt,
            IdentityHandovers = await Pelimpahan.Handovers.IdentityNoticesAsync(db, sealer, report.Id, ct),
            DueOn = report.DueOn,
            ViolationTypeId = report.ViolationTypeId,
        };
    }

    public async Task<AttachmentDownload?> DownloadAsync(ReportOwner owner, string registrationNumber, Guid attachmentId, CancellationToken ct) =>
        await work.DownloadAsync(await OwnAsync(owner, registrationNumber, ct), attachmentId, ct);

    public async Task<Outcome> SendMessageAsync(ReportOwner owner, string registrationNumber, string? body, CancellationToken ct) =>
        await work.SendMessageAsync(await OwnAsync(owner, registrationNumber, ct), body, ct);

    /// <summary>
    /// Adds the information the inspectorate asked for (text and files) while the report is Perlu Dilengkapi; the
    /// report then returns to Verifikasi by itself. Stored whole or not at all.
    /// </summary>
    public async Task<Outcome> CompleteAsync(
        ReportOwner owner, string registrationNumber, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var report = await OwnAsync(owner, registrationNumber, ct);
        var completion = new CaseCompletion(
            "petugas",
            "Pengaduan ini sedang tidak diminta untuk dilengkapi.",
            count => $"Pelapor melengkapi informasi{(count > 0 ? $" dan {count} berkas bukti" : "")}; pengaduan kembali diverifikasi.",
            async (now, token) =>
            {
                report!.Status = ComplaintStatus.Verifikasi;
                report.StatusChangedAt = now;
                report.DueOn = await deadlines.DueOnAsync(ComplaintStatus.Verifikasi, now, token);
            });
        return await work.CompleteAsync(report, report?.Status == ComplaintStatus.PerluDilengkapi, completion, information, files, ct);
    }

    private async Task<Complaint?> OwnAsync(ReportOwner owner, string registrationNumber, CancellationToken ct)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        return number is null ? null : await Owned(owner).SingleOrDefaultAsync(r => r.RegistrationNumber == number, ct);
    }

    // An account's complaints, or the one anonymous complaint a Lacak session opened (never one with an account).
    private IQueryable<Complaint> Owned(ReportOwner owner) => owner.AnonymousReportId is { } id
        ? db.Complaints.Where(r => r.Id == id && r.ReporterId == null)
        : db.Complaints.Where(r => r.ReporterId == owner.AccountId);
}
