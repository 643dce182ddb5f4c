using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Reports;
using Wbs.Web.Security;
using Wbs.Web.Staff;
using Wbs.Web.Statistik;

namespace Wbs.Web.Gratifikasi;

/// <summary>The UPG inbox filters: status, past the UPG's deadline, reported after the legal deadline, a number or part of one, report and object type.</summary>
public sealed record UpgInboxFilter(
    GratificationStatus? Status = null, bool OverdueOnly = false, bool ReportedLateOnly = false, string? Number = null, int Page = 1, int PageSize = 25,
    GratificationReportType? ReportType = null, GiftObjectType? ObjectType = null);

public sealed record UpgInboxRow(
    string RegistrationNumber, DateTime SubmittedAt, DateOnly ReceivedOn, DateOnly ReportDeadline, bool ReportedLate,
    GratificationReportType ReportType, GiftObjectType ObjectType, GratificationStatus Status, DateOnly? DueOn, int UnreadMessages);

public sealed record UpgInboxPage(IReadOnlyList<UpgInboxRow> Rows, int Total, int Page, int PageSize, int OverdueTotal, Dictionary<GratificationStatus, int> Counts)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record UpgEvent(ReportEventKind Kind, GratificationStatus Status, DateTime At, string? Actor, string? PublicNote, string? InternalNote);

public sealed record UpgGratificationDetail(
    Guid Id, string RegistrationNumber, GratificationStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    MaskedIdentity Identity, GratificationContent Content, ReportingDeadline Deadline, DateOnly? DueOn,
    IReadOnlyList<UpgEvent> Events, IReadOnlyList<StaffMessage> Messages, IReadOnlyList<ReportAttachmentItem> Attachments,
    IReadOnlyList<GratificationStatus> AllowedNext)
{
    public DateOnly? ForwardedToKpkOn { get; init; }
    public KpkDecision? KpkDecision { get; init; }
    public string? KpkDecisionNumber { get; init; }
    public DateOnly? KpkDecisionDate { get; init; }
    public DateTime? IdentityRevealedAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
}

/// <summary>
/// The UPG's work on gratification reports: inbox, page, workflow, messages, notes, files and the audited reveal of
/// the reporter's identity. Only the UPG role gets anything; every action lands in the audit chain.
/// </summary>
public sealed class UpgGratifications(WbsDbContext db, ContentSealer sealer, AuditLog audit, Deadlines deadlines, AgencyClock clock, StaffEvidence evidence) : IStaffCaseWork
{
    public async Task<UpgInboxPage> InboxAsync(StaffActor actor, UpgInboxFilter filter, CancellationToken ct)
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

        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var number = RegistrationNumbers.Normalize(filter.Number);
            var fragment = filter.Number.Trim().ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL; numbers are stored upper case, so an ordinal match on the upper-cased fragment is right.
            query = number is null ? query.Where(r => r.RegistrationNumber.Contains(fragment)) : query.Where(r => r.RegistrationNumber == number);
#pragma warning restore CA1862
        }

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
            return new UpgInboxRow(r.RegistrationNumber, r.SubmittedAt, r.ReceivedOn, r.ReportDeadline, IsLate(r.SubmittedAt, r.ReportDeadline),
                content.ReportType, content.ObjectType, r.Status, r.DueOn, r.Unread);
        }).ToList();
        return new UpgInboxPage(ordered, matching.Count, page, size, overdue, counts);
    }

    public async Task<UpgGratificationDetail?> DetailAsync(StaffActor actor, string registrationNumber, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return null;
        }

        var events = await db.GratificationEvents.AsNoTracking().Where(e => e.ReportId == report.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var messages = await db.ReportMessages.Where(m => m.ReportId == report.Id).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size, a.RemovedMetadata }).ToListAsync(ct);
        var names = await StaffNamesAsync(events.Select(e => e.ActorId).Concat(messages.Select(m => m.StaffId)), ct);

        // Opening the thread marks the reporter's messages as read by the UPG.
        var now = clock.UtcNow;
        foreach (var message in messages.Where(m => !m.FromStaff && m.ReadAt is null))
        {
            message.ReadAt = now;
        }

        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.View, report.RegistrationNumber, null, ct);

        var holidays = await deadlines.HolidaysAsync(ct);
        var submittedOn = DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt));
        return new UpgGratificationDetail(
            report.Id, report.RegistrationNumber, report.Status, report.SubmittedAt, report.UpdatedAt,
            MaskedIdentity.Of(sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity)),
            sealer.Open<GratificationContent>(report.Id, report.SealedContent),
            ReportingDeadline.Of(report.ReceivedOn, report.ReportDeadline, submittedOn, holidays),
            report.DueOn,
            events.Select(e => new UpgEvent(e.Kind, e.Status, e.At, e.ActorId is null ? null : names.GetValueOrDefault(e.ActorId),
                e.SealedPublicNote is null ? null : sealer.Open<string>(report.Id, e.SealedPublicNote),
                e.SealedInternalNote is null ? null : sealer.Open<string>(report.Id, e.SealedInternalNote))).ToList(),
            messages.Select(m => new StaffMessage(m.Id, m.FromStaff, m.StaffId is null ? null : names.GetValueOrDefault(m.StaffId), m.At,
                sealer.Open<string>(report.Id, m.SealedBody), m.ReadAt)).ToList(),
            attachments.Select(a => new ReportAttachmentItem(a.Id, sealer.Open<string>(report.Id, a.SealedFileName), a.ContentType, a.Size,
                RemovedMetadataText.Split(a.RemovedMetadata))).ToList(),
            GratificationWorkflow.StaffMovesFrom(report.Status))
        {
            ForwardedToKpkOn = report.ForwardedToKpkOn,
            KpkDecision = report.KpkDecision,
            KpkDecisionNumber = report.KpkDecisionNumber,
            KpkDecisionDate = report.KpkDecisionDate,
            IdentityRevealedAt = report.IdentityRevealedAt,
            ResolvedAt = report.ResolvedAt,
        };
    }

    public async Task<StaffOutcome> ChangeStatusAsync(StaffActor actor, string registrationNumber, GratificationStatusChange change, CancellationToken ct)
    {
        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        var errors = GratificationWorkflow.Check(
            report.Status, change, clock.Today, DateOnly.FromDateTime(clock.ToLocal(report.SubmittedAt)), report.ForwardedToKpkOn);
        if (errors.Count > 0)
        {
            return new StaffOutcome(errors.ContainsKey("status") ? StaffResult.Conflict : StaffResult.Invalid, errors);
        }

        var now = clock.UtcNow;
        var from = report.Status;

        // Verification keeps the forwarding deadline that started at submission; every other stage starts its own.
        var dueOn = await deadlines.DueOnAsync(change.To, now,
            from == GratificationStatus.Diajukan && change.To == GratificationStatus.DiverifikasiUpg ? report.DueOn : null, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.Status = change.To;
        report.UpdatedAt = now;
        report.StatusChangedAt = now;
        report.DueOn = dueOn;
        switch (change.To)
        {
            case GratificationStatus.DiteruskanKeKpk:
                report.ForwardedToKpkOn = change.ForwardedOn;
                break;
            case GratificationStatus.DitetapkanKpk:
                report.KpkDecision = change.Decision;
                report.KpkDecisionNumber = change.DecisionNumber!.Trim();
                report.KpkDecisionDate = change.DecisionDate;
                break;
            case GratificationStatus.Selesai:
                report.ResolvedAt ??= now;
                break;
        }

        db.GratificationEvents.Add(new GratificationEvent
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

    public async Task<StaffOutcome> AddInternalNoteAsync(StaffActor actor, string registrationNumber, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 5000)
        {
            return new StaffOutcome(StaffResult.Invalid, new() { ["note"] = "Catatan internal wajib diisi (paling banyak 5.000 karakter)." });
        }

        var report = await FindAsync(actor, registrationNumber, ct);
        if (report is null)
        {
            return StaffOutcome.NotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.GratificationEvents.Add(new GratificationEvent
        {
            ReportId = report.Id, Status = report.Status, Kind = ReportEventKind.InternalNote, At = clock.UtcNow, ActorId = actor.Id,
            SealedInternalNote = sealer.Seal(report.Id, note.Trim()),
        });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.InternalNote, report.RegistrationNumber, null, ct);
        await transaction.CommitAsync(ct);
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ReportMessages.Add(new ReportMessage { ReportId = report.Id, FromStaff = true, StaffId = actor.Id, At = now, SealedBody = sealer.Seal(report.Id, body.Trim()) });
        report.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.Message, report.RegistrationNumber, null, ct);
        await transaction.CommitAsync(ct);
        return StaffOutcome.Ok;
    }

    /// <summary>The reporter's full identity, for a stated reason; the reporter is told (IdentityRevealedAt) and the audit log keeps the reason.</summary>
    public async Task<(StaffOutcome Outcome, GratificationIdentity? Identity)> RevealIdentityAsync(
        StaffActor actor, string registrationNumber, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            return (new StaffOutcome(StaffResult.Invalid, new() { ["reason"] = "Tuliskan alasan membuka identitas pelapor (sedikitnya 10 karakter)." }), null);
        }

        var report = await FindAsync(actor, registrationNumber, ct, tracked: true);
        if (report is null)
        {
            return (StaffOutcome.NotFound, null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        report.IdentityRevealedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(actor.UserName, AuditActions.RevealIdentity, report.RegistrationNumber, "identitas pelapor", ct, typedNote: Truncate(reason.Trim(), 1000));
        await transaction.CommitAsync(ct);
        return (StaffOutcome.Ok, sealer.Open<GratificationIdentity>(report.IdentityScope, report.SealedIdentity));
    }

    /// <summary>The cleaned evidence file, as the UPG works with it.</summary>
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

    /// <summary>Reported after the legal deadline: the submission's local date is past it.</summary>
    public bool IsLate(DateTime submittedAt, DateOnly reportDeadline) => DateOnly.FromDateTime(clock.ToLocal(submittedAt)) > reportDeadline;

    private static bool OfType(GratificationContent content, UpgInboxFilter filter) =>
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

    private async Task<Dictionary<string, string>> StaffNamesAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
