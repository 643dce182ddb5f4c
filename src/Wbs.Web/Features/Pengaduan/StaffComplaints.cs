using Microsoft.EntityFrameworkCore;
using Wbs.Web.Features.Akun;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// The inspectorate's work on complaints. Every query is scoped to what the actor may see: an Inspektur sees all, a
/// Verifikator only what is assigned to them, an Admin no content. Every action lands in the audit chain.
/// </summary>
public sealed class StaffComplaints(WbsDbContext db, ContentSealer sealer, Deadlines deadlines, AgencyClock clock, ReporterAccounts accounts, StaffCaseWork work,
    Notifications.Outbox outbox) : IStaffCaseKind
{
    /// <summary>The complaints the actor may see (and so link, or name in a link).</summary>
    public IQueryable<Complaint> Visible(StaffActor actor) =>
        actor.IsInspektur ? db.Complaints
        : actor.IsVerifikator ? db.Complaints.Where(r => r.AssignedToId == actor.Id)
        : db.Complaints.Where(r => false);

    private IQueryable<InboxCount> VisibleCounts(StaffActor actor) =>
        actor.IsInspektur ? db.InboxCounts.Where(c => c.Kind == InboxCounters.Complaint)
        : actor.IsVerifikator ? db.InboxCounts.Where(c => c.Kind == InboxCounters.Complaint && c.AssignedToId == actor.Id)
        : db.InboxCounts.Where(c => false);

    private IQueryable<InboxDeadlineCount> VisibleDeadlines(StaffActor actor) =>
        actor.IsInspektur ? db.InboxDeadlineCounts.Where(c => c.Kind == InboxCounters.Complaint)
        : actor.IsVerifikator ? db.InboxDeadlineCounts.Where(c => c.Kind == InboxCounters.Complaint && c.AssignedToId == actor.Id)
        : db.InboxDeadlineCounts.Where(c => false);

    /// <summary>The tiles' figures of the reports the actor may see, from the counters (two small reads).</summary>
    public Task<InboxFigures> FiguresAsync(StaffActor actor, CancellationToken ct) =>
        InboxFigures.LoadAsync(VisibleCounts(actor), VisibleDeadlines(actor), clock.Today, ct);

    /// <summary>
    /// One page of the inbox, newest first (ties by number). With a cursor (<see cref="ComplaintInboxFilter.After"/>,
    /// <see cref="ComplaintInboxFilter.Before"/>: the number of the row the page follows or precedes) the page is read
    /// from that row on through the index, so a deep page costs what the first does and a report arriving meanwhile
    /// shifts nothing; without one, by its number. The totals come from the counters when the filter is one they keep.
    /// </summary>
    public async Task<ComplaintInboxPage> InboxAsync(StaffActor actor, ComplaintInboxFilter filter, CancellationToken ct)
    {
        var figures = await FiguresAsync(actor, ct);
        var query = Filtered(actor, filter);
        var total = CountedTotal(figures, filter) ?? await query.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 5, 100);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await KeysetPageAsync(actor, query, filter, size, ct);
        if (rows is null)
        {
            rows = await Rows(query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.RegistrationNumber).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        }
        else if (filter.Before is not null && rows.Count < size)
        {
            // Fewer newer rows than a page: this is the first page.
            (rows, page) = (await Rows(query.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.RegistrationNumber).Take(size)).ToListAsync(ct), 1);
        }

        var handlers = await work.StaffNamesAsync(rows.Select(r => r.AssignedToId), ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        var markers = await Tautan.CaseLinks.MarkersAsync(db, Visible(actor), rows.Select(r => r.Id).ToList(), ct);
        return new ComplaintInboxPage(
            rows.Select(r => new ComplaintInboxRow(
                r.RegistrationNumber, sealer.TitleOrUnavailable(r.Id, r.SealedContent), r.SubmittedAt, r.ViolationType, r.Unit, r.Status,
                r.AssignedToId is null ? null : handlers.GetValueOrDefault(r.AssignedToId), r.DueOn, deadlines.StateOf(r.DueOn, holidays), r.Unread) { WithoutAccount = r.WithoutAccount, Channel = r.Channel, LinkMarker = markers.GetValueOrDefault(r.Id) }).ToList(),
            total, page, size, figures.Overdue)
        {
            Counts = figures.ByStatus<ComplaintStatus>(),
        };
    }

    // The filters the counters keep (status, assignee, overdue); null when another filter is set and the rows must be counted.
    private static int? CountedTotal(InboxFigures figures, ComplaintInboxFilter filter) =>
        filter is { ViolationTypeId: null, UnitId: null, Channel: null, PastTimeLimits: null, SubmittedFrom: null, SubmittedTo: null }
            && string.IsNullOrWhiteSpace(filter.Number)
            ? figures.Total(filter.Status?.ToString(), filter.HandlerId switch { null or "" => null, "-" => "", var id => id }, filter.OverdueOnly)
            : null;

    // The page after or before the cursor's row, in list order; null without a cursor or when its row is not in sight.
    private async Task<List<InboxRowData>?> KeysetPageAsync(StaffActor actor, IQueryable<Complaint> query, ComplaintInboxFilter filter, int size, CancellationToken ct)
    {
        var number = RegistrationNumbers.Normalize(filter.After ?? filter.Before ?? "");
        if (number is null)
        {
            return null;
        }

        var at = await Visible(actor).Where(r => r.RegistrationNumber == number).Select(r => (DateTime?)r.SubmittedAt).SingleOrDefaultAsync(ct);
        if (at is not { } anchor)
        {
            return null;
        }

#pragma warning disable CA1309 // Translated to SQL: the database's own order of the column, as ORDER BY uses it.
        if (filter.After is not null)
        {
            var older = query.Where(r => r.SubmittedAt <= anchor && (r.SubmittedAt < anchor || string.Compare(r.RegistrationNumber, number) < 0));
            return await Rows(older.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.RegistrationNumber).Take(size)).ToListAsync(ct);
        }

        var newer = query.Where(r => r.SubmittedAt >= anchor && (r.SubmittedAt > anchor || string.Compare(r.RegistrationNumber, number) > 0));
#pragma warning restore CA1309
        var reversed = await Rows(newer.OrderBy(r => r.SubmittedAt).ThenBy(r => r.RegistrationNumber).Take(size)).ToListAsync(ct);
        reversed.Reverse();
        return reversed;
    }

    private IQueryable<InboxRowData> Rows(IQueryable<Complaint> page) =>
        page.Select(r => new InboxRowData(
            r.Id, r.RegistrationNumber, r.SealedContent, r.SubmittedAt, r.ViolationType!.Name, r.Unit == null ? null : r.Unit.Name, r.Status, r.AssignedToId, r.DueOn,
            r.ReporterId == null, r.Channel, db.ReportMessages.Count(m => m.ReportId == r.Id && !m.FromStaff && m.ReadAt == null)));

    private sealed record InboxRowData(
        Guid Id, string RegistrationNumber, byte[] SealedContent, DateTime SubmittedAt, string ViolationType, string? Unit, ComplaintStatus Status,
        string? AssignedToId, DateOnly? DueOn, bool WithoutAccount, ComplaintChannel Channel, int Unread);

    /// <summary>The reports the actor may see that match the inbox filter (shared by the inbox, the export and the API).</summary>
    public IQueryable<Complaint> Filtered(StaffActor actor, ComplaintInboxFilter filter)
    {
        var today = clock.Today;
        var query = Visible(actor).AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.ViolationTypeId is { } type)
        {
            query = query.Where(r => r.ViolationTypeId == type);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(r => r.Channel == channel);
        }

        if (filter.UnitId is { } unit)
        {
            query = query.Where(r => r.UnitId == unit);
        }

        if (!string.IsNullOrEmpty(filter.HandlerId))
        {
            query = filter.HandlerId == "-" ? query.Where(r => r.AssignedToId == null) : query.Where(r => r.AssignedToId == filter.HandlerId);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(r => r.DueOn != null && r.DueOn < today);
        }

        if (filter.PastTimeLimits is { } cutoffs)
        {
            query = query.PastTimeLimits(db, cutoffs);
        }

        if (filter.SubmittedFrom is { } from)
        {
            var start = clock.StartOfDayUtc(from);
            query = query.Where(r => r.SubmittedAt >= start);
        }

        if (filter.SubmittedTo is { } to)
        {
            var end = clock.StartOfDayUtc(to.AddDays(1));
            query = query.Where(r => r.SubmittedAt < end);
        }

        query = query.WithNumber(filter.Number);

        return query;
    }

    /// <summary>How many reports the actor may see are in each status (the dashboard's figures).</summary>
    public async Task<Dictionary<ComplaintStatus, int>> StatusCountsAsync(StaffActor actor, CancellationToken ct) =>
        (await FiguresAsync(actor, ct)).ByStatus<ComplaintStatus>();

    public async Task<StaffComplaintDetail?> DetailAsync(StaffActor actor, string registrationNumber, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var contact = await ContactAsync(report, ct);
        var events = await db.ComplaintEvents.AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var file = await work.OpenAsync(actor, report, events.Select(e => e.ActorId).Append(report.AssignedToId), ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        return new StaffComplaintDetail(
            report.Id, report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt,
            await db.ViolationTypes.Where(v => v.Id == report.ViolationTypeId).Select(v => v.Name).SingleAsync(ct),
            report.UnitId is null ? null : await db.Units.Where(u => u.Id == report.UnitId).Select(u => u.Name).SingleAsync(ct),
            sealer.Open<ComplaintContent>(report.Id, report.SealedContent),
            contact?.PhoneNumber is null ? "-" : PhoneNumbers.Mask(contact.PhoneNumber), contact?.Email is not null,
            report.AssignedToId, file.NameOf(report.AssignedToId),
            report.Checklist, report.Outcome, report.ForwardedTo, report.DueOn, deadlines.StateOf(report.DueOn, holidays), report.ContactRevealedAt,
            work.History(report, events, e => e.Status, file), file.Messages, file.Attachments,
            ComplaintWorkflow.AllowedFrom(report.Status))
        {
            WithoutAccount = report.ReporterId is null,
            Channel = report.Channel,
            ReceivedOn = report.ReceivedOn,
        };
    }

    // A complaint without an account keeps the contact its reporter chose to leave (if any) under the report's key.
    public async Task<ContactDetails?> ContactAsync(Complaint report, CancellationToken ct)
    {
        if (report.ReporterId is null)
        {
            var sealedContact = await db.AnonymousAccesses.AsNoTracking().Where(a => a.ReportId == report.Id).Select(a => a.SealedContact).SingleOrDefaultAsync(ct);
            return sealedContact is null ? null : sealer.Open<ContactDetails>(report.Id, sealedContact);
        }

        return accounts.ContactOf(await db.Users.AsNoTracking().SingleAsync(u => u.Id == report.ReporterId, ct));
    }

    public async Task<Outcome> ChangeStatusAsync(StaffActor actor, string registrationNumber, StatusChange change, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        if (Outcome.FromErrors(ComplaintWorkflow.Check(report.Status, change)) is { IsOk: false } refused)
        {
            return refused;
        }

        var now = clock.UtcNow;
        var from = report.Status;
        report.Status = change.To;
        report.UpdatedAt = now;
        report.StatusChangedAt = now;

        // Verification keeps its deadline from submission; every other stage starts its own.
        if (!(from == ComplaintStatus.Diterima && change.To == ComplaintStatus.Verifikasi))
        {
            report.DueOn = await deadlines.DueOnAsync(change.To, now, ct);
        }

        if (change.To.IsFinal())
        {
            report.ResolvedAt ??= now;
            report.DueOn = null;
        }

        if (change.To == ComplaintStatus.Selesai)
        {
            report.Outcome = change.Outcome;
        }

        if (change.To == ComplaintStatus.Diteruskan)
        {
            report.ForwardedTo = change.ForwardedTo!.Trim();
        }

        return await work.RecordStatusChangeAsync(actor, report, $"{from} -> {change.To}", change.PublicNote, change.InternalNote, ct);
    }

    public async Task<Outcome> AssignAsync(StaffActor actor, string registrationNumber, string verifikatorId, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return Outcome.Forbidden;
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        var verifikator = await db.Users.Where(u => u.Id == verifikatorId && u.IsStaff && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Verifikator)))
            .Select(u => u.UserName).SingleOrDefaultAsync(ct);
        if (verifikator is null)
        {
            return Outcome.Invalid("assignee", "Pilih Verifikator yang aktif.");
        }

        report.AssignedToId = verifikatorId;
        report.UpdatedAt = clock.UtcNow;
        await outbox.AssignmentAsync(report.RegistrationNumber, verifikatorId, ct);
        return await work.AddEventAsync(actor, report, ReportEventKind.Assigned, null, $"Disposisi kepada {verifikator}.", AuditActions.Assign, verifikator, ct);
    }

    public async Task<Outcome> SetChecklistAsync(StaffActor actor, string registrationNumber, Checklist checklist, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound;
        }

        report.Checklist = checklist;
        return await work.CommitAsync(actor, report, AuditActions.Checklist, checklist.ToString(), ct);
    }

    /// <summary>An Inspektur sees the reporter's phone number for a stated reason; the reporter is told, the audit log keeps it.</summary>
    public async Task<Outcome<ContactDetails>> RevealContactAsync(StaffActor actor, string registrationNumber, string? reason, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return Outcome.Forbidden.Without<ContactDetails>();
        }

        if (CaseLimits.CheckReason(reason, "nomor HP pelapor") is { IsOk: false } invalid)
        {
            return invalid.Without<ContactDetails>();
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return Outcome.NotFound.Without<ContactDetails>();
        }

        var contact = await ContactAsync(report, ct);
        report.ContactRevealedAt = clock.UtcNow;
        var saved = await work.CommitAsync(actor, report, AuditActions.Reveal, "kontak pelapor", ct, typedNote: CaseLimits.Stored(reason!));
        return saved.IsOk ? Outcome.With(contact) : saved.Without<ContactDetails>();
    }

    public async Task<ICase?> FindCaseAsync(StaffActor actor, string registrationNumber, CancellationToken ct) =>
        await FindAsync(actor, registrationNumber, ct, tracked: true);

    /// <summary>The complaint itself, tracked, within the actor's reach (hand-over and links read it whole).</summary>
    public Task<Complaint?> FindComplaintAsync(StaffActor actor, string registrationNumber, CancellationToken ct) =>
        FindAsync(actor, registrationNumber, ct, tracked: true);

    public async Task<List<(string Id, string Name)>> VerifikatorsAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.IsStaff && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Verifikator)))
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
        .Select(u => (u.Id, u.UserName!)).ToList();

    private async Task<Complaint?> FindAsync(StaffActor actor, string registrationNumber, CancellationToken ct, bool tracked = false)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        if (number is null || !actor.CanReadComplaints)
        {
            return null;
        }

        var query = Visible(actor).Where(r => r.RegistrationNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }
}
