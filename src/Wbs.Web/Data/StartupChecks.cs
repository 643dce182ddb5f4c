using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Data;

/// <summary>
/// Checks made before the app serves anything: a SQLite file that is damaged (a copy taken while the app wrote) and a
/// database whose data keys no configured master key opens (a restore without its key file) stop the start with a
/// message that says what is wrong and where the app looked.
/// </summary>
public sealed partial class StartupChecks(IServiceProvider services, IConfiguration configuration, IOptions<KeyOptions> keyOptions,
    IOptions<WbsOptions> wbs, ILogger<StartupChecks> logger)
{
    /// <summary>Set to true to start on a SQLite file that fails quick_check (to read what is left, never to keep working on it).</summary>
    public const string AllowDamagedSetting = "Wbs:AllowDamagedDatabase";

    public async Task CheckSqliteAsync(WbsDbContext db, CancellationToken ct)
    {
        List<string> result;
        try
        {
            result = await db.Database.SqlQueryRaw<string>("PRAGMA quick_check").ToListAsync(ct);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            result = [ex.Message];
        }

        if (result is ["ok"])
        {
            return;
        }

        var file = db.Database.GetDbConnection().DataSource;
        var findings = string.Join("; ", result.Take(5));
        LogDamaged(logger, file, findings);
        if (!configuration.GetValue(AllowDamagedSetting, false))
        {
            throw new InvalidOperationException(
                $"The SQLite database {file} is damaged (PRAGMA quick_check: {findings}). It was probably copied while the app was writing. " +
                $"Restore a copy taken with the app stopped or with 'sqlite3 wbs.db \".backup copy.db\"' / VACUUM INTO. " +
                $"Set {AllowDamagedSetting}=true only to start on it read what is left.");
        }
    }

    public async Task CheckMasterKeysAsync(WbsDbContext db, CancellationToken ct)
    {
        var wrappedBy = await db.DataKeys.AsNoTracking().GroupBy(k => k.MasterKeyId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (wrappedBy.Count == 0)
        {
            return;
        }

        var summary = string.Join(", ", wrappedBy.Select(w => $"{w.Id} ({w.Count} data keys)"));
        if (MasterKeyRing.KeyFileOf(keyOptions.Value, wbs.Value) is { } keyFile && !File.Exists(keyFile))
        {
            throw new InvalidOperationException(
                $"The database holds data keys wrapped by master keys {summary}, but the key file {keyFile} (setting {KeyOptions.Section}:KeyFile, " +
                $"relative to {WbsOptions.Section}:DataFolder) does not exist. Restore the key file that belongs to this database from its backup, " +
                $"or give the keys in {KeyOptions.Section}:MasterKeys. Not starting: a new key file would open none of the reports.");
        }

        var ring = services.GetRequiredService<MasterKeyRing>();
        var problems = new List<string>();
        foreach (var wrapped in wrappedBy)
        {
            var master = ring.Find(wrapped.Id);
            if (master is null)
            {
                problems.Add($"master key {wrapped.Id} is missing ({wrapped.Count} data keys need it)");
                continue;
            }

            var sample = await db.DataKeys.AsNoTracking().Where(k => k.MasterKeyId == wrapped.Id).OrderBy(k => k.ErasureDay != null).FirstAsync(ct);
            try
            {
                // A closed case's key needs the retention ratchet too; one whose day has passed is erased, not a problem.
                var ratchet = services.GetRequiredService<RetentionRatchet>();
                var inner = sample.ErasureDay is not { } day ? sample.WrappedKey : ratchet.CanOpen(day) ? ratchet.Unwrap(sample.Id, day, sample.WrappedKey) : null;
                if (inner is not null)
                {
                    _ = KeyWrap.Unwrap(master, sample.Id, inner);
                }
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                problems.Add($"master key {wrapped.Id} is present but is not the key that wrapped its data keys (a different key with the same id)");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The master keys of this node ({ring.Source}) cannot open the database's data keys: {string.Join("; ", problems)}. " +
                "Restore the key file or the Wbs:Keys:MasterKeys entries that belong to this database. Not starting.");
        }
    }

    [LoggerMessage(LogLevel.Error, "The SQLite database {File} FAILED PRAGMA quick_check: {Findings}. Restore a consistent copy.")]
    private static partial void LogDamaged(ILogger logger, string file, string findings);
}
