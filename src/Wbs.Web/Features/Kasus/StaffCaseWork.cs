using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The staff work every kind of report shares, on a case the caller has found within the actor's reach (null when it
/// did not): opening it, the thread, internal notes, evidence and its audited original, and committing any change with
/// its audit entry in one transaction.
/// </summary>
public sealed class StaffCaseWork(WbsDbContext db, ContentSealer sealer, AuditLog audit, AgencyClock clock, StaffEvidence evidence, Notifications.Outbox outbox, Retensi.CaseRetention retention)
{
    /// <summary>The thread, evidence and staff names of a case; opening it marks the reporter's messages read and is audited.</summary>
    public async Task<CaseFile> OpenAsync(StaffActor actor, ICase found, IEnumerable<string?> staffIds, CancellationToken ct)
    {
        var messages = await db.ReportMessages.Where(m => m.ReportId == found.Id).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        var attachments = await AttachmentsAsync(found.Id, ct);
        var names = await StaffNamesAsync(staffIds.Concat(messages.Select(m => m.StaffId)), ct);
        foreach (var message in messages.Where(m => !m.FromStaff && m.ReadAt is null))
        {
            // Only that it was read, never when: the time would tell when the reporter was active.
            message.ReadAt = message.At;
        }

        await CommitAsync(actor, found, AuditActions.View, null, ct);
        return new CaseFile(
            messages.Select(m => new CaseMessage(m.Id, m.FromStaff, m.StaffId is null ? null : names.GetValueOrDefault(m.StaffId), m.At,
                sealer.Open<string>(found.Id, m.SealedBody), m.ReadAt)).ToList(),
            attachments, names);
    }

    /// <summary>A case's history with its notes opened; the status comes from the kind's own event type.</summary>
    public List<CaseEvent<TStatus>> History<TEvent, TStatus>(ICase found, IEnumerable<TEvent> events, Func<TEvent, TStatus> status, CaseFile file)
        where TEvent : ICaseEvent =>
        events.Select(e => new CaseEvent<TStatus>(e.Kind, status(e), e.At, file.NameOf(e.ActorId),
            e.SealedPublicNote is null ? null : sealer.Open<string>(found.Id, e.SealedPublicNote),
            e.SealedInternalNote is null ? null : sealer.Open<string>(found.Id, e.SealedInternalNote))).ToList();

    public async Task<List<ReportAttachmentItem>> AttachmentsAsync(Guid reportId, CancellationToken ct) =>
        (await db.Attachments.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size, a.RemovedMetadata }).ToListAsync(ct))
        .Select(a => new ReportAttachmentItem(a.Id, sealer.Open<string>(reportId, a.SealedFileName), a.ContentType, a.Size,
            RemovedMetadataText.Split(a.RemovedMetadata))).ToList();

    public async Task<Outcome> SendMessageAsync(StaffActor actor, ICase? found, string? body, CancellationToken ct)
    {
        if (CaseLimits.CheckMessage(body) is { IsOk: false } invalid)
        {
            return invalid;
        }

        if (found is null)
        {
            return Outcome.NotFound;
        }

        var now = clock.UtcNow;
        db.ReportMessages.Add(new ReportMessage { ReportId = found.Id, FromStaff = true, StaffId = actor.Id, At = now, SealedBody = sealer.Seal(found.Id, body!.Trim()) });
        found.UpdatedAt = now;
        await outbox.ReporterUpdateAsync(found, ct);
        return await CommitAsync(actor, found, AuditActions.Message, null, ct);
    }

    public async Task<Outcome> AddInternalNoteAsync(StaffActor actor, ICase? found, string? note, CancellationToken ct)
    {
        if (CaseLimits.CheckNote(note) is { IsOk: false } invalid)
        {
            return invalid;
        }

        if (found is null)
        {
            return Outcome.NotFound;
        }

        return await AddEventAsync(actor, found, ReportEventKind.InternalNote, null, note, AuditActions.InternalNote, null, ct);
    }

    /// <summary>
    /// Records a status the caller has just set on the case: its history entry, audit entry and the statistics stamp,
    /// together. The caller checked the workflow against the case as read; the case's version makes the update land only
    /// if nobody changed it since, so the check still holds when this commits, and otherwise nothing is stored.
    /// </summary>
    /// <remarks>Joins the caller's transaction when one is open (a hand-over stores its package with the change); the
    /// caller then sees a concurrent change as <see cref="DbUpdateConcurrencyException"/>.</remarks>
    public async Task<Outcome> RecordStatusChangeAsync(StaffActor actor, ICase found, string transition, string? publicNote, string? internalNote, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await using (own)
            {
                await outbox.ReporterUpdateAsync(found, ct);

                // A final status fixes how long the content is kept and wraps its keys for that day, in this transaction.
                await retention.FixExpiryAsync(found, ct);
                await AddEventAsync(actor, found, ReportEventKind.StatusChanged, publicNote, internalNote, AuditActions.StatusChange, transition, ct);

                // The public statistics on every node refresh once this commits.
                await StatisticsStamp.BumpAsync(db, ct);
                if (own is not null)
                {
                    await own.CommitAsync(ct);
                }
            }

            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException) when (own is not null)
        {
            return CaseChanges.Refused(db);
        }
    }

    /// <summary>Adds a history entry (notes sealed, blank ones left out) and commits it with its audit entry.</summary>
    public async Task<Outcome> AddEventAsync(
        StaffActor actor, ICase found, ReportEventKind kind, string? publicNote, string? internalNote, string action, string? detail, CancellationToken ct)
    {
        db.Add(found.NewEvent(kind, clock.UtcNow, actor.Id, Sealed(found, publicNote), Sealed(found, internalNote)));
        return await CommitAsync(actor, found, action, detail, ct);
    }

    /// <summary>
    /// Saves whatever the caller changed on the case with one audit entry, in one transaction (joining the caller's if
    /// open, which then sees a concurrent change as <see cref="DbUpdateConcurrencyException"/>); a change of the case
    /// stored by someone else since it was read is a conflict, and nothing of this one is kept.
    /// </summary>
    public async Task<Outcome> CommitAsync(StaffActor actor, ICase found, string action, string? detail, CancellationToken ct, string? typedNote = null)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await using (own)
            {
                await db.SaveChangesAsync(ct);
                await audit.AppendAsync(actor.UserName, action, found.RegistrationNumber, detail, ct, typedNote);
                if (own is not null)
                {
                    await own.CommitAsync(ct);
                }
            }

            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException) when (own is not null)
        {
            return CaseChanges.Refused(db);
        }
    }

    /// <summary>The cleaned evidence file, as staff work with it; null when the case or file is not there.</summary>
    public async Task<AttachmentDownload?> DownloadAsync(StaffActor actor, ICase? found, Guid attachmentId, CancellationToken ct) =>
        found is null ? null : await evidence.DownloadAsync(actor.UserName, found.Id, found.RegistrationNumber, attachmentId, ct);

    /// <summary>The original upload with its metadata, opened only for a stated reason and audited.</summary>
    public async Task<Outcome<AttachmentDownload>> RevealOriginalAsync(StaffActor actor, ICase? found, Guid attachmentId, string? reason, CancellationToken ct)
    {
        if (CaseLimits.CheckReason(reason, "berkas asli") is { IsOk: false } invalid)
        {
            return invalid.Without<AttachmentDownload>();
        }

        var file = found is null ? null : await evidence.RevealOriginalAsync(actor.UserName, found.Id, found.RegistrationNumber, attachmentId, reason!, ct);
        return file is null ? Outcome.NotFound.Without<AttachmentDownload>() : Outcome.With(file);
    }

    public async Task<Dictionary<string, string>> StaffNamesAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
    }

    private byte[]? Sealed(ICase found, string? note) => string.IsNullOrWhiteSpace(note) ? null : sealer.Seal(found.Id, note.Trim());
}
