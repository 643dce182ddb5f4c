using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// A reporter's own gratification reports: list, page, files, messages and completion. Every query is scoped to the
/// owner, so another reporter's number is simply not found.
/// </summary>
public sealed class ReporterGratifications(
    WbsDbContext db, ContentSealer sealer, ReporterCaseWork work, Deadlines deadlines, AgencyClock clock, GratificationOwners owners)
    : IReporterCases<GratificationListItem, GratificationDetail>
{
    public async Task<List<GratificationListItem>> ListAsync(string reporterId, CancellationToken ct)
    {
        var owner = owners.RefFor(reporterId);
        var rows = await db.GratificationReports.AsNoTracking()
            .Where(r => r.OwnerRef == owner)
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SealedContent, r.Status, r.ReceivedOn, r.SubmittedAt, r.UpdatedAt,
                Unread = db.ReportMessages.Count(m => m.ReportId == r.Id && m.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var content = sealer.Open<GratificationContent>(r.Id, r.SealedContent);
            return new GratificationListItem(r.RegistrationNumber, content.ReportType, content.ObjectType, r.Status, r.ReceivedOn, r.SubmittedAt, r.UpdatedAt, r.Unread);
        }).ToList();
    }

    public async Task<GratificationDetail?> FindAsync(ReportOwner owner, string registrationNumber, CancellationToken ct, bool markRead = false)
    {
        var report = await OwnAsync(owner, registrationNumber, tracked: false, ct);
        if (report is null)
        {
            return null;
        }

        // The reporter sees status changes and their public notes only: never internal notes.
        var events = await db.GratificationEvents.AsNoTracking()
            .Where(e => e.ReportId == report.Id && (e.Kind == ReportEventKind.Submitted || e.Kind == ReportEventKind.StatusChanged || e.Kind == ReportEventKind.Completed))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.Status, e.Kind, e.SealedPublicNote, e.At }).ToListAsync(ct);
        var (messages, attachments) = await work.OpenAsync(report.Id, markRead, ct);

        // Whether it was reported in time is judged on the day it was submitted, not today.
        var submittedOn = DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt));
        var deadline = ReportingDeadline.Of(report.ReceivedOn, report.ReportDeadline, submittedOn, await deadlines.HolidaysAsync(ct));
        return new GratificationDetail(
            report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt,
            sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity),
            sealer.Open<GratificationContent>(report.Id, report.SealedContent),
            deadline,
            events.Select(e => new GratificationHistoryItem(
                e.Status, e.SealedPublicNote is null ? null : sealer.Open<string>(report.Id, e.SealedPublicNote), e.At, e.Kind)).ToList(),
            attachments, messages)
        {
            ForwardedToKpkOn = report.ForwardedToKpkOn,
            KpkDecision = report.KpkDecision,
            KpkDecisionNumber = report.KpkDecisionNumber,
            KpkDecisionDate = report.KpkDecisionDate,
            IdentityRevealedAt = report.IdentityRevealedAt,
            DueOn = report.DueOn,
        };
    }

    public async Task<AttachmentDownload?> DownloadAsync(ReportOwner owner, string registrationNumber, Guid attachmentId, CancellationToken ct) =>
        await work.DownloadAsync(await OwnAsync(owner, registrationNumber, tracked: false, ct), attachmentId, ct);

    /// <summary>A message to the UPG.</summary>
    public async Task<Outcome> SendMessageAsync(ReportOwner owner, string registrationNumber, string? body, CancellationToken ct) =>
        await work.SendMessageAsync(await OwnAsync(owner, registrationNumber, tracked: true, ct), body, ct);

    /// <summary>
    /// Adds what the UPG asked for (text and files) while the report is Perlu Dilengkapi; it then returns to Diajukan
    /// by itself and the UPG's forwarding deadline starts again. Stored whole or not at all.
    /// </summary>
    public async Task<Outcome> CompleteAsync(
        ReportOwner owner, string registrationNumber, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var report = await OwnAsync(owner, registrationNumber, tracked: true, ct);

        // Past the completion window the report is not followed up (Peraturan KPK 1/2026 Pasal 14): nothing is taken.
        var closed = report is { Status: GratificationStatus.PerluDilengkapi, DueOn: { } due } && clock.Today > due;
        var completion = new CaseCompletion(
            "UPG",
            closed
                ? $"Batas waktu melengkapi laporan ini ({report!.DueOn!.Value.ToString("d MMMM yyyy", Culture.Indonesian)}) sudah lewat; laporan tidak dapat ditindaklanjuti."
                : "Laporan ini sedang tidak diminta untuk dilengkapi.",
            count => $"Pelapor melengkapi informasi{(count > 0 ? $" dan {count} berkas pendukung" : "")}; laporan kembali diverifikasi UPG.",
            async (now, token) =>
            {
                report!.DueOn = await deadlines.DueOnAsync(GratificationStatus.Diajukan, now, null, token);
                report.Status = GratificationStatus.Diajukan;
                report.StatusChangedAt = now;
            });
        return await work.CompleteAsync(report, report?.Status == GratificationStatus.PerluDilengkapi && !closed, completion, information, files, ct);
    }

    /// <summary>The registration number as stored when it is a gratification number; null otherwise.</summary>
    public static string? Number(string? registrationNumber) =>
        RegistrationNumbers.Normalize(registrationNumber) is { } n && n.StartsWith(RegistrationNumbers.GratificationPrefix + "-", StringComparison.Ordinal) ? n : null;

    /// <summary>Gratification reports belong to accounts only: an anonymous owner finds none.</summary>
    private Task<GratificationReport?> OwnAsync(ReportOwner owner, string registrationNumber, bool tracked, CancellationToken ct) =>
        owner.AccountId is { } reporterId ? OwnAsync(reporterId, registrationNumber, tracked, ct) : Task.FromResult<GratificationReport?>(null);

    /// <summary>The id of the reporter's own report with this number; null for anyone else's.</summary>
    public async Task<Guid?> OwnIdAsync(string reporterId, string registrationNumber, CancellationToken ct) =>
        (await OwnAsync(reporterId, registrationNumber, tracked: false, ct))?.Id;

    private async Task<GratificationReport?> OwnAsync(string reporterId, string registrationNumber, bool tracked, CancellationToken ct)
    {
        var number = Number(registrationNumber);
        if (number is null)
        {
            return null;
        }

        var owner = owners.RefFor(reporterId);
        var query = db.GratificationReports.Where(r => r.OwnerRef == owner && r.RegistrationNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }
}
