using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Data.Backup;

/// <summary>
/// The backup archive: a zip with <see cref="BackupManifest.ManifestEntry"/> and the database as one SQLite file
/// (<see cref="BackupManifest.DatabaseEntry"/>, stored uncompressed: its content is ciphertext). A PostgreSQL installation's
/// backup is the same file, filled from one snapshot, so one format verifies and restores into either database.
/// </summary>
public static class BackupFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A context on a SQLite file outside the app's data folder (a backup being written, verified or restored).</summary>
    public static SqliteWbsDbContext Open(string path, bool readOnly = false) =>
        new(new DbContextOptionsBuilder<SqliteWbsDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString())
            .Options);

    /// <summary>The schema as a provider-neutral name: the last migration's name without its provider-specific timestamp.</summary>
    public static string SchemaName(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public static async Task<Dictionary<string, long>> CountRowsAsync(DbContext db, CancellationToken ct)
    {
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        foreach (var type in TableCopy.Ordered(db.Model))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{type.GetTableName()}\"";
            rows[type.GetTableName()!] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public static async Task WriteAsync(string file, BackupManifest manifest, string databaseFile, CancellationToken ct)
    {
        var temp = file + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var output = new FileStream(temp, options))
        {
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                await using (var entry = zip.CreateEntry(BackupManifest.ManifestEntry, CompressionLevel.Optimal).Open())
                {
                    await JsonSerializer.SerializeAsync(entry, manifest, Json, ct);
                }

                await using var database = zip.CreateEntry(BackupManifest.DatabaseEntry, CompressionLevel.NoCompression).Open();
                await using var input = File.OpenRead(databaseFile);
                await input.CopyToAsync(database, ct);
            }

            output.Flush(flushToDisk: true);
        }

        File.Move(temp, file, overwrite: false);
    }

    public static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, CancellationToken ct)
    {
        var entry = zip.GetEntry(BackupManifest.ManifestEntry) ?? throw new InvalidDataException("The archive has no manifest.json: not a WBS backup.");
        await using var stream = entry.Open();
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, ct) ?? throw new InvalidDataException("manifest.json is empty.");
        return manifest.Format == BackupManifest.CurrentFormat ? manifest : throw new InvalidDataException($"Unknown backup format {manifest.Format}.");
    }

    /// <summary>Extracts the database entry to <paramref name="target"/>, checking its SHA-256 and size against the manifest.</summary>
    public static async Task<string?> ExtractDatabaseAsync(ZipArchive zip, BackupManifest manifest, string target, CancellationToken ct)
    {
        var entry = zip.GetEntry(BackupManifest.DatabaseEntry);
        if (entry is null)
        {
            return "the archive has no wbs.db";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var input = entry.Open())
        await using (var output = File.Create(target))
        {
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await input.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }

        var digest = Convert.ToHexStringLower(hash.GetHashAndReset());
        return digest != manifest.DatabaseSha256 ? $"wbs.db does not match its SHA-256 in the manifest ({digest} ≠ {manifest.DatabaseSha256}): damaged or altered"
            : new FileInfo(target).Length != manifest.DatabaseBytes ? "wbs.db has another size than the manifest says" : null;
    }

    public static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var input = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(input, ct));
    }
}
