using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Security;

namespace Wbs.Web.Data.Backup;

/// <summary>What "backup verify" found: counts, the audit chain, the sample, and every problem (none: the backup is sound).</summary>
public sealed record BackupCheck(BackupManifest? Manifest, long AuditEntries, int Opened, int Erased, int Files, IReadOnlyList<string> Problems);

/// <summary>
/// "backup verify": the manifest's digest, the row counts, the audit chain, and a sample of reports (with their files)
/// opened with this node's key folder. Cases erased on schedule count as erased, not as damage: that they cannot be
/// opened any more, even from this backup, is the point of retention.
/// </summary>
public sealed class BackupVerifier(MasterKeyRing ring, RetentionRatchet ratchet, TimeProvider time)
{
    public const int Sample = 25;

    public async Task<BackupCheck> VerifyAsync(string file, CancellationToken ct)
    {
        var problems = new List<string>();
        var work = Path.Combine(Path.GetTempPath(), "wbs-verify-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            BackupManifest manifest;
            using (var zip = ZipFile.OpenRead(file))
            {
                manifest = await BackupFile.ReadManifestAsync(zip, ct);
                if (await BackupFile.ExtractDatabaseAsync(zip, manifest, work, ct) is { } damaged)
                {
                    return new BackupCheck(manifest, 0, 0, 0, 0, [damaged]);
                }
            }

            await using var db = BackupFile.Open(work, readOnly: true);
            foreach (var (table, rows) in await BackupFile.CountRowsAsync(db, ct))
            {
                if (manifest.Rows.GetValueOrDefault(table, -1) != rows)
                {
                    problems.Add($"table {table} holds {rows} rows, the manifest says {manifest.Rows.GetValueOrDefault(table, -1)}");
                }
            }

            // A cache of its own: keys of the backup never mix with the running app's.
            var cache = new DataKeyCache();
            var cipher = new EnvelopeCipher(db, ring, new KeyRingStore(db, ring, time), cache, time, ratchet);
            var audit = new AuditLog(db, new SystemKeys(db, cipher, cache), time);
            var (entries, broken) = await audit.VerifyAsync(ct);
            if (broken is not null)
            {
                problems.Add($"audit chain broken at entry {broken.Sequence}: {broken.Reason}");
            }

            var (opened, erased, files) = await SampleAsync(db, new ContentSealer(cipher), problems, ct);
            return new BackupCheck(manifest, entries, opened, erased, files, problems);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or Microsoft.Data.Sqlite.SqliteException or System.Security.Cryptography.CryptographicException)
        {
            problems.Add(ex.Message);
            return new BackupCheck(null, 0, 0, 0, 0, problems);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(work);
        }
    }

    private static async Task<(int Opened, int Erased, int Files)> SampleAsync(WbsDbContext db, ContentSealer sealer, List<string> problems, CancellationToken ct)
    {
        int opened = 0, erased = 0, files = 0;
        var complaints = await Spread(db.Complaints.AsNoTracking().OrderBy(r => r.RegistrationNumber), ct);
        var gratifications = await Spread(db.GratificationReports.AsNoTracking().OrderBy(r => r.RegistrationNumber), ct);
        foreach (var found in complaints.Cast<ICase>().Concat(gratifications))
        {
            if (found.ErasedAt is not null)
            {
                erased++;
                continue;
            }

            try
            {
                if (found is Complaint complaint)
                {
                    _ = sealer.Open<ComplaintContent>(complaint.Id, complaint.SealedContent);
                }
                else if (found is GratificationReport gratification)
                {
                    _ = sealer.Open<GratificationContent>(gratification.Id, gratification.SealedContent);
                    _ = sealer.Open<GratificationIdentity>(gratification.IdentityScope, gratification.SealedIdentity);
                }

                foreach (var attachment in await db.Attachments.AsNoTracking().Where(a => a.ReportId == found.Id).Select(a => a.Id).ToListAsync(ct))
                {
                    await using var stream = await EvidenceBlobs.OpenAsync(db, sealer, attachment, nameof(AttachmentBlob.Data), found.Id, ct);
                    if (stream is null)
                    {
                        problems.Add($"{found.RegistrationNumber}: a file has no bytes");
                        continue;
                    }

                    await stream.CopyToAsync(Stream.Null, ct);
                    files++;
                }

                opened++;
            }
            catch (ContentErasedException)
            {
                // Past its retention day: the ratchet no longer opens it, in this backup as anywhere.
                erased++;
            }
            catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or MasterKeyUnavailableException or InvalidDataException)
            {
                problems.Add($"{found.RegistrationNumber}: cannot be opened with this key folder ({ex.GetType().Name})");
            }
        }

        return (opened, erased, files);
    }

    // Up to Sample rows spread over the table, so a large backup is checked from its first report to its last.
    private static async Task<List<T>> Spread<T>(IOrderedQueryable<T> rows, CancellationToken ct)
    {
        var total = await rows.CountAsync(ct);
        var step = Math.Max(1, total / Sample);
        var picked = new List<T>();
        for (var i = 0; i < total && picked.Count < Sample; i += step)
        {
            picked.AddRange(await rows.Skip(i).Take(1).ToListAsync(ct));
        }

        return picked;
    }
}
