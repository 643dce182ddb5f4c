using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// Erases what has expired: for every closed case past its last day and not held, its messages, evidence (cleaned and
/// original), notes, contact and the content itself are deleted with their data keys, one audit entry records the
/// counts, and the retention ratchet then moves past those days, so no backup can open them either. The structural
/// row (number, status, dates, unit, violation type, history without notes) stays for statistics and numbering.
/// </summary>
public sealed partial class RetentionJob(
    WbsDbContext db, CaseRetention retention, RetentionRatchet ratchet, DataKeyCache cache, AuditLog audit, AgencyClock clock,
    Microsoft.Extensions.Options.IOptions<RetentionOptions> options, ILogger<RetentionJob> logger)
{
    public const string LeaseName = "retention";
    private const int Chunk = 500;

    /// <summary>Runs once on the lease (refused while another node holds it); <paramref name="dryRun"/> only reports.</summary>
    public async Task<RetentionRun?> RunAsync(Guid node, bool dryRun, CancellationToken ct)
    {
        if (!await TryLeaseAsync(node, ct))
        {
            return null;
        }

        try
        {
            var fixedCount = dryRun ? 0 : await FixUnfixedAsync(ct);
            var today = clock.Today;

            // A restored older backup may hold cases whose day the ratchet has already passed: unreadable, so erased too.
            var cutoff = today > ratchet.Day ? today : ratchet.Day;
            var expired = await ExpiredAsync(cutoff, ct);
            var run = new RetentionRun(expired, expired.Sum(c => c.Messages), expired.Sum(c => c.Files), fixedCount, cutoff, !dryRun);
            if (dryRun)
            {
                return run;
            }

            await EraseAsync(expired, run, cutoff, ct);
            if (ratchet.AdvanceTo(cutoff))
            {
                cache.Clear();
            }

            LogRun(logger, expired.Count, run.Messages, run.Files, cutoff);
            return run;
        }
        finally
        {
            await db.SenderLeases.Where(l => l.Name == LeaseName && l.Holder == node)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.ExpiresAt, DateTime.UnixEpoch), CancellationToken.None);
        }
    }

    /// <summary>Closed cases without a last day yet (closed before retention existed): fixed and wrapped now.</summary>
    private async Task<int> FixUnfixedAsync(CancellationToken ct)
    {
        var count = 0;
        foreach (var batch in new Func<Task<List<ICase>>>[]
        {
            async () => [.. await db.Complaints.Where(r => r.RetainUntil == null && r.ErasedAt == null
                && (r.Status == ComplaintStatus.Selesai || r.Status == ComplaintStatus.Ditolak || r.Status == ComplaintStatus.Diteruskan)).OrderBy(r => r.Id).Take(Chunk).ToListAsync(ct)],
            async () => [.. await db.GratificationReports.Where(r => r.RetainUntil == null && r.ErasedAt == null
                && (r.Status == GratificationStatus.Selesai || r.Status == GratificationStatus.TidakDapatDitindaklanjuti)).OrderBy(r => r.Id).Take(Chunk).ToListAsync(ct)],
        })
        {
            while (await batch() is { Count: > 0 } cases)
            {
                await retention.FixExpiryManyAsync(cases, ct);

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                count += cases.Count;
            }
        }

        return count;
    }

    private async Task<List<ExpiredCase>> ExpiredAsync(DateOnly cutoff, CancellationToken ct)
    {
        var complaints = await db.Complaints.AsNoTracking()
            .Where(r => r.RetainUntil < cutoff && r.ErasedAt == null && r.LegalHoldAt == null)
            .Select(r => new { r.Id, r.RegistrationNumber, RetainUntil = r.RetainUntil!.Value }).ToListAsync(ct);
        var gratifications = await db.GratificationReports.AsNoTracking()
            .Where(r => r.RetainUntil < cutoff && r.ErasedAt == null && r.LegalHoldAt == null)
            .Select(r => new { r.Id, r.RegistrationNumber, RetainUntil = r.RetainUntil!.Value }).ToListAsync(ct);
        var all = complaints.Concat(gratifications).OrderBy(c => c.RegistrationNumber, StringComparer.Ordinal).ToList();
        var messages = new Dictionary<Guid, int>();
        var files = new Dictionary<Guid, int>();
        foreach (var chunk in all.Select(c => c.Id).Chunk(Chunk))
        {
            foreach (var m in await db.ReportMessages.Where(m => chunk.Contains(m.ReportId)).GroupBy(m => m.ReportId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                messages[m.Key] = m.Count;
            }

            foreach (var f in await db.Attachments.Where(a => chunk.Contains(a.ReportId)).GroupBy(a => a.ReportId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                files[f.Key] = f.Count;
            }
        }

        return all.Select(c => new ExpiredCase(c.Id, c.RegistrationNumber, c.RetainUntil, messages.GetValueOrDefault(c.Id), files.GetValueOrDefault(c.Id))).ToList();
    }

    private async Task EraseAsync(List<ExpiredCase> expired, RetentionRun run, DateOnly cutoff, CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (expired.Count == 0)
        {
            // Nothing to erase: only the day every node's ratchet moves to (no audit entry for an empty round).
            await MoveStateAsync(cutoff, now, ct);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in expired.Select(c => c.Id).Chunk(Chunk))
        {
            var identityScopes = await db.GratificationReports.Where(r => chunk.Contains(r.Id)).Select(r => r.IdentityScope).ToListAsync(ct);
            var attachmentIds = await db.Attachments.Where(a => chunk.Contains(a.ReportId)).Select(a => a.Id).ToListAsync(ct);
            var contactRefs = chunk.SelectMany(id => new[] { Notifications.RecipientRefs.Anonymous(id), Notifications.RecipientRefs.Gratification(id) }).ToList();
            await db.ReportMessages.Where(m => chunk.Contains(m.ReportId)).ExecuteDeleteAsync(ct);
            foreach (var files in attachmentIds.Chunk(Chunk))
            {
                await db.AttachmentBlobs.Where(b => files.Contains(b.AttachmentId)).ExecuteDeleteAsync(ct);
                await db.Attachments.Where(a => files.Contains(a.Id)).ExecuteDeleteAsync(ct);
            }

            await db.ComplaintEvents.Where(e => chunk.Contains(e.ReportId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.SealedPublicNote, (byte[]?)null).SetProperty(e => e.SealedInternalNote, (byte[]?)null), ct);
            await db.GratificationEvents.Where(e => chunk.Contains(e.ReportId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.SealedPublicNote, (byte[]?)null).SetProperty(e => e.SealedInternalNote, (byte[]?)null), ct);
            await db.AnonymousAccesses.Where(a => chunk.Contains(a.ReportId)).ExecuteUpdateAsync(s => s.SetProperty(a => a.SealedContact, (byte[]?)null), ct);
            await db.NotificationContacts.Where(c => contactRefs.Contains(c.OwnerRef)).ExecuteDeleteAsync(ct);
            var scopes = chunk.Concat(identityScopes).Concat(attachmentIds).ToList();
            foreach (var keys in scopes.Chunk(Chunk))
            {
                await db.DataKeys.Where(k => keys.Contains(k.Id)).ExecuteDeleteAsync(ct);
            }

            var version = Guid.NewGuid();
            await db.Complaints.Where(r => chunk.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.SealedContent, Array.Empty<byte>()).SetProperty(r => r.SealedLegalHoldReason, (byte[]?)null)
                .SetProperty(r => r.ErasedAt, now).SetProperty(r => r.Version, version), ct);
            await db.GratificationReports.Where(r => chunk.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.SealedContent, Array.Empty<byte>()).SetProperty(r => r.SealedIdentity, Array.Empty<byte>())
                .SetProperty(r => r.SealedLegalHoldReason, (byte[]?)null).SetProperty(r => r.ErasedAt, now).SetProperty(r => r.Version, version), ct);
        }

        await MoveStateAsync(cutoff, now, ct);
        await audit.AppendAsync("sistem", AuditActions.RetentionErasure, "retensi", Detail(run, cutoff), ct);
        await transaction.CommitAsync(ct);
    }

    private Task<int> MoveStateAsync(DateOnly cutoff, DateTime now, CancellationToken ct) =>
        db.RetentionStates.Where(s => s.Id == RetentionState.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RatchetDay, r => r.RatchetDay > cutoff ? r.RatchetDay : cutoff).SetProperty(r => r.LastRunAt, now), ct);

    private static string Detail(RetentionRun run, DateOnly cutoff)
    {
        var head = $"{run.Cases.Count} kasus, {run.Messages} pesan, {run.Files} berkas dihapus (jadwal retensi sebelum {cutoff:yyyy-MM-dd}); " +
            $"{run.NewlyFixed} kasus tertutup diberi jadwal";
        var numbers = string.Join(", ", run.Cases.Select(c => c.Number));
        var detail = run.Cases.Count == 0 ? head : $"{head}; nomor: {numbers}";
        return detail.Length <= 2000 ? detail : detail[..1980] + " … (dipotong)";
    }

    private async Task<bool> TryLeaseAsync(Guid node, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        return await db.SenderLeases.Where(l => l.Name == LeaseName && (l.Holder == node || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, node).SetProperty(l => l.ExpiresAt, until), ct) == 1;
    }

    [LoggerMessage(LogLevel.Information, "Retention run: {Cases} cases, {Messages} messages, {Files} files erased; ratchet at {Day}.")]
    private static partial void LogRun(ILogger logger, int cases, int messages, int files, DateOnly day);
}
