namespace Wbs.Web.Data.Backup;

/// <summary>
/// The first entry of a backup archive: what it is, when and from which database it was taken, the schema it holds,
/// the rows per table and the SHA-256 of the database entry, so <c>backup verify</c> can check it without a database.
/// Holds no key: never a master key, the retention ratchet or a signing key.
/// </summary>
public sealed record BackupManifest(
    string Format, DateTime CreatedAt, string SourceProvider, string Schema, IReadOnlyDictionary<string, long> Rows,
    string DatabaseSha256, long DatabaseBytes)
{
    public const string CurrentFormat = "wbs-backup/1";
    public const string ManifestEntry = "manifest.json";
    public const string DatabaseEntry = "wbs.db";
}
