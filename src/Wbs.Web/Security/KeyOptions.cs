namespace Wbs.Web.Security;

/// <summary>Where the master keys come from (section "Wbs:Keys").</summary>
public sealed class KeyOptions
{
    public const string Section = "Wbs:Keys";

    /// <summary>The key file; relative paths are under the data folder. Keep it out of database backups.</summary>
    public string KeyFile { get; set; } = "keys/master-keys.json";

    /// <summary>
    /// Alternatively the keys themselves, as "id:base64key" entries separated by ';', e.g. from an environment
    /// variable Wbs__Keys__MasterKeys. When set, the key file is not used. Appearing here makes a key usable for
    /// unwrapping only; "keys rotate" makes it active.
    /// </summary>
    public string? MasterKeys { get; set; }

    /// <summary>The receipt signing key file (ECDSA P-256), relative to the data folder; every node needs the same file.</summary>
    public string SigningKeyFile { get; set; } = "keys/receipt-signing-keys.json";

    /// <summary>
    /// The retention ratchet (<see cref="RetentionRatchet"/>), relative to the data folder: beside the master keys, on
    /// every node, never in a backup, and never kept in older copies.
    /// </summary>
    public string RetentionRatchetFile { get; set; } = "keys/retention-ratchet.json";

    /// <summary>With keys in configuration: the key "keys rotate" activates (default: the last entry).</summary>
    public string? ActiveKeyId { get; set; }
}
