using System.Data;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Data.Backup;

/// <summary>
/// "backup create": one consistent snapshot while the app serves. SQLite: VACUUM INTO (one read transaction, so every
/// submission is in it whole or not at all). PostgreSQL: every table read in one REPEATABLE READ, READ ONLY transaction
/// into a SQLite file of the same schema. Evidence lives in the database, so it is in the snapshot too. The archive
/// holds the wrapped data keys and never a master key, the retention ratchet or a signing key (those stay in the keys folder).
/// </summary>
public sealed class BackupCreator(WbsDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<BackupManifest> CreateAsync(string file, CancellationToken ct)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file name (a backup never overwrites another).");
        }

        var work = target + ".db.tmp";
        File.Delete(work);
        try
        {
            var source = db.Database.IsSqlite() ? "Sqlite" : "Postgres";
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlAsync($"VACUUM INTO {work}", ct);
            }
            else
            {
                await SnapshotPostgresAsync(work, ct);
            }

            BackupManifest manifest;
            await using (var copy = BackupFile.Open(work, readOnly: true))
            {
                var schema = BackupFile.SchemaName((await copy.Database.GetAppliedMigrationsAsync(ct)).Last());
                manifest = new BackupManifest(BackupManifest.CurrentFormat, time.GetUtcNow().UtcDateTime, source, schema,
                    await BackupFile.CountRowsAsync(copy, ct), "", 0);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            manifest = manifest with { DatabaseSha256 = await BackupFile.Sha256Async(work, ct), DatabaseBytes = new FileInfo(work).Length };
            await BackupFile.WriteAsync(target, manifest, work, ct);
            await audit.AppendAsync("sistem", AuditActions.Backup, "cadangan",
                $"cadangan dibuat: {Rows(manifest, "Reports")} pengaduan, {Rows(manifest, "GratificationReports")} laporan gratifikasi, " +
                $"{Rows(manifest, "Attachments")} berkas, {Rows(manifest, "AuditEntries")} entri audit; sha256 {manifest.DatabaseSha256[..16]}", ct);
            return manifest;
        }
        finally
        {
            File.Delete(work);
        }
    }

    public static long Rows(BackupManifest manifest, string table) => manifest.Rows.GetValueOrDefault(table);

    private async Task SnapshotPostgresAsync(string work, CancellationToken ct)
    {
        await using var copy = BackupFile.Open(work);
        await copy.Database.MigrateAsync(ct);
        await TableCopy.ClearAsync(copy, ct);
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", ct);
        await TableCopy.CopyAllAsync(db, copy, ct);
        await snapshot.CommitAsync(ct);
    }
}
