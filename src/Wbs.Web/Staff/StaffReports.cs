using Microsoft.EntityFrameworkCore;
using Wbs.Web.Accounts;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Reports;
using Wbs.Web.Security;
using Wbs.Web.Statistik;

namespace Wbs.Web.Staff;

public sealed record InboxFilter(
    ReportStatus? Status = null, int? ViolationTypeId = null, int? UnitId = null, string? HandlerId = null,
    bool OverdueOnly = false, string? Number = null, int Page = 1, int PageSize = 25,
    DateOnly? SubmittedFrom = null, DateOnly? SubmittedTo = null);

public sealed record InboxRow(
    string RegistrationNumber, string Title, DateTime SubmittedAt, string ViolationType, string? Unit, ReportStatus Status,
    string? Handler, DateOnly? DueOn, DeadlineState Deadline, int UnreadMessages);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, int Page, int PageSize, int OverdueTotal)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record StaffEvent(ReportEventKind Kind, ReportStatus Status, DateTime At, string? Actor, string? PublicNote, string? InternalNote);

public sealed record StaffMessage(long Id, bool FromStaff, string? Author, DateTime At, string Body, DateTime? ReadAt);

public sealed record StaffReportDetail(
    Guid Id, string RegistrationNumber, ReportStatus Status, DateTime SubmittedAt, DateTime UpdatedAt, string ViolationType, string? Unit,
    ReportContent Content, string MaskedPhone, bool HasEmail, string? AssignedToId, string? AssignedTo, Checklist Checklist,
    ReportOutcome? Outcome, string? ForwardedTo, DateOnly? DueOn, DeadlineState Deadline, DateTime? ContactRevealedAt,
    IReadOnlyList<StaffEvent> Events, IReadOnlyList<StaffMessage> Messages, IReadOnlyList<ReportAttachmentItem> Attachments,
    IReadOnlyList<ReportStatus> AllowedNext);

public enum StaffResult
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

public sealed record StaffOutcome(StaffResult Result, Dictionary<string, string> Errors)
{
    public static readonly StaffOutcome Ok = new(StaffResult.Ok, []);
    public static readonly StaffOutcome NotFound = new(StaffResult.NotFound, []);
    public static readonly StaffOutcome Forbidden = new(StaffResult.Forbidden, []);
}

/// <summary>
/// The inspectorate's work on complaints. Every query is scoped to what the actor may see: an Inspektur sees all, a
/// Verifikator only what is assigned to them, an Admin no content. Every action lands in the audit chain.
/// </summary>
public sealed class StaffReports(WbsDbContext db, ContentSealer sealer, AuditLog audit, Deadlines deadlines, AgencyClock clock, ReporterAccounts accounts, StaffEvidence evidence) : IStaffCaseWork
{
    private IQueryable<Report> Visible(StaffActor actor) =>
        actor.IsInspektur ? db.Reports
        : actor.IsVerifikator ? db.Reports.Where(r => r.AssignedToId == actor.Id)
        : db.Reports.Where(r => false);

    public async Task<InboxPage> InboxAsync(StaffActor actor, InboxFilter filter, CancellationToken ct)
    {
        var today = clock.Today;
        var query = Filtered(actor, filter);
        var total = await query.CountAsync(ct);
        var overdue = await Visible(actor).CountAsync(r => r.DueOn != null && r.DueOn < today, ct);
        var size = Math.Clamp(filter.PageSize, 5, 100);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await query.OrderByDescending(r => r.SubmittedAt).Skip((page - 1) * size).Take(size)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SealedContent, r.SubmittedAt, ViolationType = r.ViolationType!.Name,
                Unit = r.Unit == null ? null : r.Unit.Name, r.Status, r.AssignedToId, r.DueOn,
                Unread = db.ReportMessages.Count(m => m.ReportId == r.Id && !m.FromStaff && m.ReadAt == null),
            })
            .ToListAsync(ct);
        var handlers = await HandlerNamesAsync(rows.Select(r => r.AssignedToId), ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        return new InboxPage(
            rows.Select(r => new InboxRow(
                r.RegistrationNumber, sealer.TitleOrUnavailable(r.Id, r.SealedContent), r.SubmittedAt, r.ViolationType, r.Unit, r.Status,
                r.AssignedToId is null ? null : handlers.GetValueOrDefault(r.AssignedToId), r.DueOn, deadlines.StateOf(r.DueOn, holidays), r.Unread)).ToList(),
            total, page, size, overdue);
    }

    /// <summary>The reports the actor may see that match the inbox filter (shared by the inbox, the export and the API).</summary>
    public IQueryable<Report> Filtered(StaffActor actor, InboxFilter filter)
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

        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var number = RegistrationNumbers.Normalize(filter.Number);
            var fragment = filter.Number.Trim().ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL; numbers are stored upper case, so an ordinal match on the upper-cased fragment is right.
            query = number is null ? query.Where(r => r.RegistrationNumber.Contains(fragment)) : query.Where(r => r.RegistrationNumber == number);
#pragma warning restore CA1862
        }

        return query;
    }

    /// <summary>How many reports the actor may see are in each status (the dashboard's figures).</summary>
    public async Task<Dictionary<ReportStatus, int>> StatusCountsAsync(StaffActor actor, CancellationToken ct) =>
        await Visible(actor).GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public async Task<StaffReportDetail?> DetailAsync(StaffActor actor, string registrationNumber, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var reporter = await db.Users.AsNoTracking().SingleAsync(u => u.Id == report.ReporterId, ct);
        var contact = accounts.ContactOf(reporter);
        var events = await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var messages = await db.ReportMessages.Where(m => m.ReportId == report.Id).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size, a.RemovedMetadata }).ToListAsync(ct);
        var names = await HandlerNamesAsync(events.Select(e => e.ActorId).Concat(messages.Select(m => m.StaffId)).Append(report.AssignedToId), ct);

        // Opening the thread marks the reporter's messages as read by the inspectorate.
        var now = clock.UtcNow;
        foreach (var message in messages.Where(m => !m.FromStaff && m.ReadAt is null))
        {
            message.ReadAt = now;
        }

        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.View, report.RegistrationNumber, null, ct);

        var holidays = await deadlines.HolidaysAsync(ct);
        return new StaffReportDetail(
            report.Id, report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt,
            await db.ViolationTypes.Where(v => v.Id == report.ViolationTypeId).Select(v => v.Name).SingleAsync(ct),
            report.UnitId is null ? null : await db.Units.Where(u => u.Id == report.UnitId).Select(u => u.Name).SingleAsync(ct),
            sealer.Open<ReportContent>(report.Id, report.SealedContent),
            contact is null ? "-" : PhoneNumbers.Mask(contact.PhoneNumber), contact?.Email is not null,
            report.AssignedToId, report.AssignedToId is null ? null : names.GetValueOrDefault(report.AssignedToId),
            report.Checklist, report.Outcome, report.ForwardedTo, report.DueOn, deadlines.StateOf(report.DueOn, holidays), report.ContactRevealedAt,
            events.Select(e => new StaffEvent(e.Kind, e.Status, e.At, e.ActorId is null ? null : names.GetValueOrDefault(e.ActorId),
                e.SealedPublicNote is null ? null : sealer.Open<string>(report.Id, e.SealedPublicNote),
                e.SealedInternalNote is null ? null : sealer.Open<string>(report.Id, e.SealedInternalNote))).ToList(),
            messages.Select(m => new StaffMessage(m.Id, m.FromStaff, m.StaffId is null ? null : names.GetValueOrDefault(m.StaffId), m.At,
                sealer.Open<string>(report.Id, m.SealedBody), m.ReadAt)).ToList(),
            attachments.Select(a => new ReportAttachmentItem(a.Id, sealer.Open<string>(report.Id, a.SealedFileName), a.ContentType, a.Size,
                RemovedMetadataText.Split(a.RemovedMetadata))).ToList(),
            ReportWorkflow.AllowedFrom(report.Status));
    }

    public async Task<StaffOutcome> ChangeStatusAsync(StaffActor actor, string registrationNumber, StatusChange change, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        var errors = ReportWorkflow.Check(report.Status, change);
        if (errors.Count > 0)
        {
            return new StaffOutcome(errors.ContainsKey("status") ? StaffResult.Conflict : StaffResult.Invalid, errors);
        }

        var now = clock.UtcNow;
        var from = report.Status;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.Status = change.To;
        report.UpdatedAt = now;
        report.StatusChangedAt = now;

        // Verification keeps its deadline from submission; every other stage starts its own.
        if (!(from == ReportStatus.Diterima && change.To == ReportStatus.Verifikasi))
        {
            report.DueOn = await deadlines.DueOnAsync(change.To, now, ct);
        }

        if (change.To.IsFinal())
        {
            report.ResolvedAt ??= now;
            report.DueOn = null;
        }

        if (change.To == ReportStatus.Selesai)
        {
            report.Outcome = change.Outcome;
        }

        if (change.To == ReportStatus.Diteruskan)
        {
            report.ForwardedTo = change.ForwardedTo!.Trim();
        }

        db.ReportEvents.Add(new ReportEvent
        {
            ReportId = report.Id,
            Status = change.To,
            Kind = ReportEventKind.StatusChanged,
            At = now,
            ActorId = actor.Id,
            SealedPublicNote = string.IsNullOrWhiteSpace(change.PublicNote) ? null : sealer.Seal(report.Id, change.PublicNote.Trim()),
            SealedInternalNote = string.IsNullOrWhiteSpace(change.InternalNote) ? null : sealer.Seal(report.Id, change.InternalNote.Trim()),
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.StatusChange, report.RegistrationNumber, $"{from} -> {change.To}", ct);
        // The public statistics on every node refresh once this commits.
        await StatisticsStamp.BumpAsync(db, ct);
        await transaction.CommitAsync(ct);
        return StaffOutcome.Ok;
    }

    public async Task<StaffOutcome> AssignAsync(StaffActor actor, string registrationNumber, string verifikatorId, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return StaffOutcome.Forbidden;
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        var verifikator = await db.Users.Where(u => u.Id == verifikatorId && u.IsStaff && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Verifikator)))
            .Select(u => u.UserName).SingleOrDefaultAsync(ct);
        if (verifikator is null)
        {
            return new StaffOutcome(StaffResult.Invalid, new() { ["assignee"] = "Pilih Verifikator yang aktif." });
        }

        var now = clock.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.AssignedToId = verifikatorId;
        report.UpdatedAt = now;
        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Status = report.Status, Kind = ReportEventKind.Assigned, At = now, ActorId = actor.Id,
            SealedInternalNote = sealer.Seal(report.Id, $"Disposisi kepada {verifikator}.") });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, "disposisi", report.RegistrationNumber, verifikator, ct);
        await transaction.CommitAsync(ct);
        return StaffOutcome.Ok;
    }

    public async Task<StaffOutcome> SetChecklistAsync(StaffActor actor, string registrationNumber, Checklist checklist, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        report.Checklist = checklist;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, "periksa-5w1h", report.RegistrationNumber, checklist.ToString(), ct);
        return StaffOutcome.Ok;
    }

    public async Task<StaffOutcome> AddInternalNoteAsync(StaffActor actor, string registrationNumber, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return new StaffOutcome(StaffResult.Invalid, new() { ["note"] = "Catatan internal tidak boleh kosong." });
        }

        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        db.ReportEvents.Add(new ReportEvent { ReportId = report.Id, Status = report.Status, Kind = ReportEventKind.InternalNote, At = clock.UtcNow,
            ActorId = actor.Id, SealedInternalNote = sealer.Seal(report.Id, note.Trim()) });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, "catatan-internal", report.RegistrationNumber, null, ct);
        return StaffOutcome.Ok;
    }

    public async Task<StaffOutcome> SendMessageAsync(StaffActor actor, string registrationNumber, string? body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > 5000)
        {
            return new StaffOutcome(StaffResult.Invalid, new() { ["message"] = "Pesan wajib diisi (paling banyak 5.000 karakter)." });
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        var now = clock.UtcNow;
        db.ReportMessages.Add(new ReportMessage { ReportId = report.Id, FromStaff = true, StaffId = actor.Id, At = now, SealedBody = sealer.Seal(report.Id, body.Trim()) });
        report.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, "kirim-pesan", report.RegistrationNumber, null, ct);
        return StaffOutcome.Ok;
    }

    /// <summary>An Inspektur sees the reporter's phone number for a stated reason; the reporter is told, the audit log keeps it.</summary>
    public async Task<(StaffOutcome Outcome, ContactDetails? Contact)> RevealContactAsync(StaffActor actor, string registrationNumber, string? reason, CancellationToken ct)
    {
        if (!actor.IsInspektur)
        {
            return (StaffOutcome.Forbidden, null);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            return (new StaffOutcome(StaffResult.Invalid, new() { ["reason"] = "Tuliskan alasan membuka nomor HP pelapor (sedikitnya 10 karakter)." }), null);
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return (StaffOutcome.NotFound, null);
        }

        var reporter = await db.Users.AsNoTracking().SingleAsync(u => u.Id == report.ReporterId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.ContactRevealedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.Reveal, report.RegistrationNumber, "kontak pelapor", ct, typedNote: reason.Trim());
        await transaction.CommitAsync(ct);
        return (StaffOutcome.Ok, accounts.ContactOf(reporter));
    }

    /// <summary>The cleaned evidence file, as staff work with it.</summary>
    public async Task<AttachmentDownload?> DownloadAsync(StaffActor actor, string registrationNumber, Guid attachmentId, CancellationToken ct) =>
        await FindAsync(actor, registrationNumber, ct) is { } report
            ? await evidence.DownloadAsync(actor.UserName, report.Id, report.RegistrationNumber, attachmentId, ct)
            : null;

    /// <summary>The original upload with its metadata, opened only for a stated reason and audited.</summary>
    public async Task<(StaffOutcome Outcome, AttachmentDownload? File)> RevealOriginalAsync(
        StaffActor actor, string registrationNumber, Guid attachmentId, string? reason, CancellationToken ct)
    {
        if (!StaffEvidence.IsReason(reason))
        {
            return (new StaffOutcome(StaffResult.Invalid, new() { ["reason"] = StaffEvidence.ReasonMessage }), null);
        }

        var report = await FindAsync(actor, registrationNumber, ct);
        var file = report is null ? null : await evidence.RevealOriginalAsync(actor.UserName, report.Id, report.RegistrationNumber, attachmentId, reason!, ct);
        return file is null ? (StaffOutcome.NotFound, null) : (StaffOutcome.Ok, file);
    }

    public async Task<List<(string Id, string Name)>> VerifikatorsAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.IsStaff && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Verifikator)))
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
        .Select(u => (u.Id, u.UserName!)).ToList();

    private async Task<Report?> FindAsync(StaffActor actor, string registrationNumber, CancellationToken ct, bool tracked = false)
    {
        var number = RegistrationNumbers.Normalize(registrationNumber);
        if (number is null || !actor.CanReadComplaints)
        {
            return null;
        }

        var query = Visible(actor).Where(r => r.RegistrationNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    private async Task<Dictionary<string, string>> HandlerNamesAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
    }
}
