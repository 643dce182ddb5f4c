using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// The UPG's work on gratification reports: inbox, page, workflow, messages, notes, files and the audited reveal of
/// the reporter's identity. Only the UPG role gets anything; every action lands in the audit chain.
/// </summary>
public sealed class StaffGratifications(WbsDbContext db, ContentSealer sealer, Deadlines deadlines, AgencyClock clock, StaffCaseWork work) : IStaffCaseKind
{
    public async Task<GratificationInboxPage> InboxAsync(StaffActor actor, GratificationInboxFilter filter, CancellationToken ct)
    {
        var today = clock.Today;
        var visible = Visible(actor);
        var counts = await visible.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var overdue = await visible.CountAsync(r => r.DueOn != null && r.DueOn < today, ct);

        var query = visible;
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(r => r.DueOn != null && r.DueOn < today);
        }

        if (filter.PastTimeLimits is { } cutoffs)
        {
            query = query.PastTimeLimits(db, cutoffs);
        }

        query = query.WithNumber(filter.Number);

        // Lateness compares the local submission date with the stored deadline, so it is judged here; the rows are few and plain.
        // The report and object types live inside the sealed content, so those filters open it here, never in SQL.
        var byType = filter.ReportType is not null || filter.ObjectType is not null;
        var matching = (await query.Select(r => new { r.Id, r.SubmittedAt, r.ReportDeadline, SealedContent = byType ? r.SealedContent : null }).ToListAsync(ct))
            .Where(r => !byType || OfType(sealer.Open<GratificationContent>(r.Id, r.SealedContent!), filter))
            .Select(r => (r.Id, r.SubmittedAt, Late: IsLate(r.SubmittedAt, r.ReportDeadline)))
            .Where(r => !filter.ReportedLateOnly || r.Late)
            .OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToList();
        var size = Math.Clamp(filter.PageSize, 5, 100);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (matching.Count + size - 1) / size));
        var ids = matching.Skip((page - 1) * size).Take(size).Select(r => r.Id).ToList();
        var rows = await db.GratificationReports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SubmittedAt, r.ReceivedOn, r.ReportDeadline, r.SealedContent, r.Status, r.DueOn,
                Unread = db.ReportMessages.Count(m => m.ReportId == r.Id && !m.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(ct);
        var ordered = ids.Select(id => rows.Single(r => r.Id == id)).Select(r =>
        {
            var content = sealer.Open<GratificationContent>(r.Id, r.SealedContent);
            return new GratificationInboxRow(r.RegistrationNumber, r.SubmittedAt, r.ReceivedOn, r.ReportDeadline, IsLate(r.SubmittedAt, r.ReportDeadline),
                content.ReportType, content.ObjectType, r.Status, r.DueOn, r.Unread);
        }).ToList();
        return new GratificationInboxPage(ordered, matching.Count, page, size, overdue, counts);
    }

    public async Task<StaffGratificationDetail?> DetailAsync(StaffActor actor, string registrationNumber, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var events = await db.GratificationEvents.AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var file = await work.OpenAsync(actor, report, events.Select(e => e.ActorId), ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        var submittedOn = DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt));
        return new StaffGratificationDetail(
            report.Id, report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt,
            MaskedIdentity.Of(sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity)),
            sealer.Open<GratificationContent>(report.Id, report.SealedContent),
            ReportingDeadline.Of(report.ReceivedOn, report.ReportDeadline, submittedOn, holidays),
            report.DueOn,
            work.History(report, events, e => e.Status, file), file.Messages, file.Attachments,
            GratificationWorkflow.StaffMovesFrom(report.Status)
                .Where(to => to != GratificationStatus.TidakDapatDitindaklanjuti || report.DueOn < clock.Today).ToList())
        {
            ForwardedToKpkOn = report.ForwardedToKpkOn,
            KpkDecision = report.KpkDecision,
            KpkDecisionNumber = report.KpkDecisionNumber,
            KpkDecisionDate = report.KpkDecisionDate,
            KpkSignatoryLevel = report.KpkSignatoryLevel,
            KpkDecisionSignedBy = report.KpkDecisionSignedBy,
            IdentityRevealedAt = report.IdentityRevealedAt,
            ResolvedAt = report.ResolvedAt,
        };
    }

    public async Task<Outcome> ChangeStatusAsync(StaffActor actor, string registrationNumber, GratificationStatusChange change, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var errors = GratificationWorkflow.Check(
            report.Status, change, clock.Today, DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt)), report.ForwardedToKpkOn,
            report.Status == GratificationStatus.PerluDilengkapi ? report.DueOn : null);
        if (Outcome.FromErrors(errors) is { IsOk: false } refused)
        {
            return refused;
        }

        var now = clock.UtcNow;
        var from = report.Status;

        // Verification keeps the forwarding deadline that started at submission; every other stage starts its own.
        report.DueOn = await deadlines.DueOnAsync(change.To, now,
            from == GratificationStatus.Diajukan && change.To == GratificationStatus.DiverifikasiUpg ? report.DueOn : null, ct, report.SubmittedAt);
        report.Status = change.To;
        report.UpdatedAt = now;
        report.StatusChangedAt = now;
        switch (change.To)
        {
            case GratificationStatus.DiteruskanKeKpk:
                report.ForwardedToKpkOn = change.ForwardedOn;
                break;
            case GratificationStatus.DitetapkanKpk:
                report.KpkDecision = change.Decision;
                report.KpkDecisionNumber = change.DecisionNumber!.Trim();
                report.KpkDecisionDate = change.DecisionDate;
                report.KpkSignatoryLevel = change.SignatoryLevel;
                report.KpkDecisionSignedBy = change.SignedBy!.Trim();
                break;
            case GratificationStatus.Selesai:
                report.ResolvedAt ??= now;
                break;
        }

        return await work.RecordStatusChangeAsync(actor, report, $"{from} -> {change.To}", change.PublicNote, change.InternalNote, ct);
    }

    /// <summary>The reporter's full identity, for a stated reason; the reporter is told (IdentityRevealedAt) and the audit log keeps the reason.</summary>
    public async Task<Outcome<GratificationIdentity>> RevealIdentityAsync(StaffActor actor, string registrationNumber, string? reason, CancellationToken ct)
    {
        if (CaseLimits.CheckReason(reason, "identitas pelapor") is { IsOk: false } invalid)
        {
            return invalid.Without<GratificationIdentity>();
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound.Without<GratificationIdentity>();
        }

        report.IdentityRevealedAt = clock.UtcNow;
        var saved = await work.CommitAsync(actor, report, AuditActions.RevealIdentity, "identitas pelapor", ct, typedNote: CaseLimits.Stored(reason!));
        return saved.IsOk ? Outcome.With(sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity)) : saved.Without<GratificationIdentity>();
    }

    public async Task<ICase?> FindCaseAsync(StaffActor actor, string registrationNumber, CancellationToken ct) =>
        await FindAsync(actor, registrationNumber, ct, tracked: true);

    /// <summary>Reported after the legal deadline: the submission's local date is past it.</summary>
    public bool IsLate(DateTime submittedAt, DateOnly reportDeadline) => DateOnly.FromDateTime(clock.ToLocal(submittedAt)) > reportDeadline;

    private static bool OfType(GratificationContent content, GratificationInboxFilter filter) =>
        (filter.ReportType is null || content.ReportType == filter.ReportType) && (filter.ObjectType is null || content.ObjectType == filter.ObjectType);

    private IQueryable<GratificationReport> Visible(StaffActor actor) =>
        actor.IsUpg ? db.GratificationReports.AsNoTracking() : db.GratificationReports.Where(r => false);

    private async Task<GratificationReport?> FindAsync(StaffActor actor, string registrationNumber, CancellationToken ct, bool tracked = false)
    {
        var number = ReporterGratifications.Number(registrationNumber);
        if (number is null || !actor.IsUpg)
        {
            return null;
        }

        var query = db.GratificationReports.Where(r => r.RegistrationNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }
}
