using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Data.Backup;

/// <summary>
/// "backup restore": only into an empty data folder (SQLite) or an empty database (PostgreSQL). SQLite gets the backup's
/// file itself, byte for byte; PostgreSQL gets every row copied into a freshly migrated schema. The app then starts on
/// it as usual (migrations, key checks), and the retention job marks what the key folder's ratchet no longer opens.
/// </summary>
public sealed class BackupRestorer(IServiceProvider services, IOptions<WbsOptions> wbs, IConfiguration configuration)
{
    public async Task<BackupManifest> RestoreAsync(string file, CancellationToken ct)
    {
        var work = Path.Combine(Path.GetTempPath(), "wbs-restore-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            BackupManifest manifest;
            using (var zip = ZipFile.OpenRead(file))
            {
                manifest = await BackupFile.ReadManifestAsync(zip, ct);
                if (await BackupFile.ExtractDatabaseAsync(zip, manifest, work, ct) is { } damaged)
                {
                    throw new InvalidDataException($"Not restoring: {damaged}.");
                }
            }

            if (wbs.Value.UsePostgres)
            {
                await IntoPostgresAsync(work, ct);
            }
            else
            {
                IntoSqlite(work);
            }

            return manifest;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(work);
        }
    }

    private void IntoSqlite(string work)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Wbs")))
        {
            throw new InvalidOperationException("Restoring into SQLite uses the data folder's wbs.db; unset ConnectionStrings:Wbs.");
        }

        var target = Path.Combine(Path.GetFullPath(wbs.Value.DataFolder), "wbs.db");
        if (File.Exists(target) && new FileInfo(target).Length > 0 || File.Exists(target + "-wal") && new FileInfo(target + "-wal").Length > 0)
        {
            throw new InvalidOperationException($"Not restoring: {target} already holds a database. Restore only into an empty data folder (the keys folder may be there).");
        }

        OwnerOnlyFiles.PrepareDatabaseFile(target);
        File.Copy(work, target, overwrite: true);
    }

    private async Task IntoPostgresAsync(string work, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        if (await db.Database.CanConnectAsync(ct))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync(ct);
            command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                throw new InvalidOperationException("Not restoring: the PostgreSQL database already has tables. Restore only into an empty database (CREATE DATABASE … first).");
            }

            await db.Database.CloseConnectionAsync();
        }

        // The backup's schema is brought up to this version first, so every column it has meets its place here.
        await using (var backup = BackupFile.Open(work))
        {
            await backup.Database.MigrateAsync(ct);
        }

        await db.Database.MigrateAsync(ct);
        await using var source = BackupFile.Open(work, readOnly: true);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await TableCopy.ClearAsync(db, ct);
        await TableCopy.CopyAllAsync(source, db, ct);
        await TableCopy.ResetIdentitiesAsync(db, ct);

        // The counters came with the backup and were also bumped by the triggers as the reports arrived.
        await InboxCounters.CountAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Starts the restored database as the app would, marks what the ratchet no longer opens, and audits the restore.</summary>
    public static async Task<int> AfterRestoreAsync(IServiceProvider services, BackupManifest manifest, CancellationToken ct)
    {
        await services.PrepareDatabaseAsync(ct);
        await using var scope = services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<Features.Kasus.Retensi.RetentionJob>().RunAsync(Guid.NewGuid(), dryRun: false, ct);
        await scope.ServiceProvider.GetRequiredService<Security.AuditLog>().AppendAsync("sistem", Domain.AuditActions.Backup, "cadangan",
            $"cadangan dipulihkan: dibuat {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss}Z dari {manifest.SourceProvider}; sha256 {manifest.DatabaseSha256[..16]}", ct);
        return run?.Cases.Count ?? 0;
    }
}
