using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Security;

/// <summary>
/// The master keys that wrap every data key. They live outside the database: in a key file created on first run with
/// owner-only permissions, or in configuration. The active key (recorded in the database) wraps new data keys; older ones stay until nothing needs them.
/// </summary>
public sealed partial class MasterKeyRing
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string? keyFile;
    private readonly ILogger<MasterKeyRing> logger;
    private readonly Lock gate = new();
    private List<MasterKey> keys = [];
    private DateTime fileStamp;

    public MasterKeyRing(IOptions<KeyOptions> options, IOptions<Infrastructure.WbsOptions> wbs, ILogger<MasterKeyRing> logger)
    {
        this.logger = logger;
        if (!string.IsNullOrWhiteSpace(options.Value.MasterKeys))
        {
            keys = ParseInline(options.Value.MasterKeys);
            return;
        }

        keyFile = KeyFileOf(options.Value, wbs.Value)!;
        if (!File.Exists(keyFile))
        {
            CreateKeyFile(keyFile);
        }

        Load();
    }

    /// <summary>The path of the key file, or null when keys come from configuration.</summary>
    public string? KeyFilePath => keyFile;

    /// <summary>Where this node's keys come from, for messages to the operator.</summary>
    public string Source => keyFile is null ? "setting Wbs:Keys:MasterKeys" : $"key file {keyFile} (setting Wbs:Keys:KeyFile)";

    /// <summary>The key file a configuration names, or null when the keys are in configuration.</summary>
    public static string? KeyFileOf(KeyOptions options, Infrastructure.WbsOptions wbs) =>
        string.IsNullOrWhiteSpace(options.MasterKeys) ? Path.GetFullPath(options.KeyFile, Path.GetFullPath(wbs.DataFolder)) : null;

    /// <summary>The last key of the ring; the active one is recorded in the database (<see cref="KeyRingStore"/>).</summary>
    public MasterKey Newest
    {
        get
        {
            RefreshIfChanged();
            lock (gate)
            {
                return keys[^1];
            }
        }
    }

    public IReadOnlyList<MasterKey> All
    {
        get
        {
            RefreshIfChanged();
            lock (gate)
            {
                return keys.ToList();
            }
        }
    }

    public MasterKey? Find(string id)
    {
        lock (gate)
        {
            var key = keys.FirstOrDefault(k => k.Id == id);
            if (key is not null || keyFile is null)
            {
                return key;
            }
        }

        // A key rotation by another process may have added it since we last read the file.
        Load();
        lock (gate)
        {
            return keys.FirstOrDefault(k => k.Id == id);
        }
    }

    /// <summary>Adds a new newest key to the key file; the caller re-wraps data keys afterwards.</summary>
    public MasterKey AddKey()
    {
        if (keyFile is null)
        {
            throw new InvalidOperationException(
                "Master keys come from configuration (Wbs:Keys:MasterKeys); add a new id:key entry there, restart, then run keys rotate.");
        }

        var key = NewKey();
        lock (gate)
        {
            Load();
            keys.Add(key);
            Write(keyFile, keys);
            fileStamp = File.GetLastWriteTimeUtc(keyFile);
        }

        return key;
    }

    /// <summary>Removes keys that no data key needs any more (never the newest nor one in <paramref name="stillNeeded"/>).</summary>
    public IReadOnlyList<string> Prune(IReadOnlySet<string> stillNeeded)
    {
        if (keyFile is null)
        {
            return [];
        }

        lock (gate)
        {
            Load();
            var removable = keys.Take(keys.Count - 1).Where(k => !stillNeeded.Contains(k.Id)).Select(k => k.Id).ToList();
            if (removable.Count > 0)
            {
                keys = keys.Where(k => !removable.Contains(k.Id)).ToList();
                Write(keyFile, keys);
                fileStamp = File.GetLastWriteTimeUtc(keyFile);
            }

            return removable;
        }
    }

    private void RefreshIfChanged()
    {
        if (keyFile is not null && File.GetLastWriteTimeUtc(keyFile) != fileStamp)
        {
            Load();
        }
    }

    private void Load()
    {
        lock (gate)
        {
            var stored = JsonSerializer.Deserialize<List<StoredKey>>(File.ReadAllBytes(keyFile!), Json) ?? [];
            if (stored.Count == 0)
            {
                throw new InvalidOperationException($"The key file {keyFile} holds no keys.");
            }

            keys = stored.Select(k => new MasterKey(k.Id, Convert.FromBase64String(k.Key), k.CreatedAt)).ToList();
            fileStamp = File.GetLastWriteTimeUtc(keyFile!);
        }
    }

    private void CreateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.GetDirectoryName(path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Write(path, [NewKey()]);
        LogCreated(logger, path);
    }

    private static void Write(string path, List<MasterKey> keys)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, keys.Select(k => new StoredKey(k.Id, Convert.ToBase64String(k.Key), k.CreatedAt)).ToList(), Json);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static MasterKey NewKey() =>
        new("mk-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            RandomNumberGenerator.GetBytes(32), DateTime.UtcNow);

    private static List<MasterKey> ParseInline(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry =>
            {
                var parts = entry.Split(':', 2);
                var key = parts.Length == 2 ? Convert.FromBase64String(parts[1]) : throw new InvalidOperationException("Wbs:Keys:MasterKeys entries are id:base64key.");
                return key.Length == 32 ? new MasterKey(parts[0], key, DateTime.MinValue) : throw new InvalidOperationException("A master key is 32 bytes (base64).");
            })
            .ToList();

    private sealed record StoredKey(string Id, string Key, DateTime CreatedAt);

    [LoggerMessage(LogLevel.Warning, "Created a new master key file at {Path}. It holds the keys to every report: keep it OUT of database backups, back it up separately and safely, and never commit it.")]
    private static partial void LogCreated(ILogger logger, string path);
}
