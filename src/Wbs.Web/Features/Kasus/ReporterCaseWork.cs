using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Security;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The reporter's side of the work every kind of report shares, on a case the caller has found among the reporter's
/// own (null when it was not): the thread, the evidence, a message to the handler, and the completion asked for while
/// the case is Perlu Dilengkapi.
/// </summary>
public sealed class ReporterCaseWork(WbsDbContext db, ContentSealer sealer, EvidenceIntake evidence, AgencyClock clock, Notifications.Outbox outbox)
{
    /// <summary>The text a completion opens with in the thread; the KPK form finds the reporter's completions by it.</summary>
    public const string CompletionPrefix = "Informasi tambahan:\n";

    /// <summary>The thread and evidence of the reporter's case; with markRead the handler's messages count as read.</summary>
    public async Task<(List<ReportMessageItem> Messages, List<ReportAttachmentItem> Attachments)> OpenAsync(Guid reportId, bool markRead, CancellationToken ct)
    {
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.SealedFileName, a.ContentType, a.Size, a.RemovedMetadata }).ToListAsync(ct);
        var messages = await db.ReportMessages.Where(m => m.ReportId == reportId).OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(ct);
        if (markRead && messages.Any(m => m.FromStaff && m.ReadAt is null))
        {
            foreach (var message in messages.Where(m => m.FromStaff && m.ReadAt is null))
            {
                // Only that it was read, never when (see ReportMessage.ReadAt).
                message.ReadAt = message.At;
            }

            await db.SaveChangesAsync(ct);
        }

        return (
            messages.Select(m => new ReportMessageItem(m.FromStaff, m.At, sealer.Open<string>(reportId, m.SealedBody))).ToList(),
            attachments.Select(a => new ReportAttachmentItem(
                a.Id, sealer.Open<string>(reportId, a.SealedFileName), a.ContentType, a.Size, RemovedMetadataText.Split(a.RemovedMetadata))).ToList());
    }

    /// <summary>One of the reporter's own files; null when the case is not theirs or the file not of it.</summary>
    public async Task<AttachmentDownload?> DownloadAsync(ICase? own, Guid attachmentId, CancellationToken ct)
    {
        if (own is null)
        {
            return null;
        }

        var row = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.ReportId == own.Id)
            .Select(a => new { a.SealedFileName, a.ContentType }).SingleOrDefaultAsync(ct);
        return row is null || await EvidenceBlobs.OpenAsync(db, sealer, attachmentId, nameof(AttachmentBlob.Data), own.Id, ct) is not { } content
            ? null
            : new AttachmentDownload(sealer.Open<string>(own.Id, row.SealedFileName), row.ContentType, content);
    }

    public async Task<Outcome> SendMessageAsync(ICase? own, string? body, CancellationToken ct)
    {
        if (CaseLimits.CheckMessage(body) is { IsOk: false } invalid)
        {
            return invalid;
        }

        if (own is null)
        {
            return Outcome.NotFound;
        }

        var now = clock.UtcNow;
        AddMessage(own.Id, body!, now);
        own.UpdatedAt = now;
        await outbox.ReporterActedAsync(own, completion: false, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseChanges.Refused(db);
        }
    }

    /// <summary>
    /// Adds the information and files the handler asked for, then lets the kind reopen the case (its status and
    /// deadline); the history entry, the files and the statistics stamp are stored whole or not at all.
    /// </summary>
    /// <param name="asked">Whether the case is waiting for a completion; otherwise the answer is a conflict.</param>
    /// <param name="completion">What the reporter's completion asks of the case: its wording and how it reopens.</param>
    public async Task<Outcome> CompleteAsync(
        ICase? own, bool asked, CaseCompletion completion, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        if (own is null)
        {
            return Outcome.NotFound;
        }

        if (!asked)
        {
            return Outcome.Conflict("status", completion.NotAskedMessage);
        }

        var (accepted, errors) = await CheckCompletionAsync(information, completion.Handler, files, ct);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = clock.UtcNow;
        await completion.ReopenAsync(now, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        AddCompletion(own.Id, information!, accepted, now);
        own.UpdatedAt = now;
        db.Add(own.NewEvent(ReportEventKind.Completed, now, null, sealer.Seal(own.Id, completion.Note(accepted.Count)), null));
        await outbox.ReporterActedAsync(own, completion: true, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await EvidenceBlobs.WriteQueuedAsync(db, sealer, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Staff changed the case since the reporter's page read it: the completion is not the one they asked for.
            await transaction.RollbackAsync(ct);
            return CaseChanges.Refused(db);
        }

        // The case is back in work: the public statistics on every node refresh once this commits.
        await StatisticsStamp.BumpAsync(db, ct);
        await transaction.CommitAsync(ct);
        return Outcome.Ok;
    }

    public void AddMessage(Guid reportId, string body, DateTime now) =>
        db.ReportMessages.Add(new ReportMessage { ReportId = reportId, FromStaff = false, At = now, SealedBody = sealer.Seal(reportId, body.Trim()) });

    /// <summary>The completion as a message in the thread plus its files, sealed under the report's key.</summary>
    public void AddCompletion(Guid reportId, string information, IReadOnlyList<EvidenceFile> accepted, DateTime now)
    {
        AddMessage(reportId, CompletionPrefix + information.Trim(), now);
        foreach (var file in accepted)
        {
            db.Attachments.Add(ComplaintSubmission.NewAttachment(sealer, reportId, file, now));
        }
    }

    private async Task<(IReadOnlyList<EvidenceFile> Accepted, Dictionary<string, string> Errors)> CheckCompletionAsync(
        string? information, string handler, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(information))
        {
            errors["information"] = $"Tuliskan informasi tambahan yang diminta {handler}.";
        }
        else if (information.Length > CaseLimits.InformationLength)
        {
            errors["information"] = "Informasi tambahan paling banyak 20.000 karakter.";
        }

        var (accepted, fileErrors) = await evidence.CheckAsync(files, ct);
        if (fileErrors.Count > 0)
        {
            errors["files"] = string.Join(" ", fileErrors);
        }

        return (accepted, errors);
    }
}
