using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Security;

/// <summary>
/// The receipt signing keys, kept like the master keys: a key file in the key folder, owner-only, created on first
/// start. The newest key signs; older keys are kept (their private halves dropped by <see cref="Rotate"/> after a
/// rotation) so every receipt ever printed still verifies against the published public keys.
/// </summary>
public sealed partial class ReceiptSigningKeys
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string keyFile;
    private readonly ILogger<ReceiptSigningKeys> logger;
    private readonly Lock gate = new();
    private List<ReceiptSigningKey> keys = [];
    private DateTime fileStamp;

    public ReceiptSigningKeys(IOptions<KeyOptions> options, IOptions<Infrastructure.WbsOptions> wbs, ILogger<ReceiptSigningKeys> logger)
    {
        this.logger = logger;
        keyFile = Path.GetFullPath(options.Value.SigningKeyFile, Path.GetFullPath(wbs.Value.DataFolder));
        lock (gate)
        {
            if (!File.Exists(keyFile))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(Path.GetDirectoryName(keyFile)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                Write([NewKey()]);
                LogCreated(logger, keyFile);
            }

            Load();
        }
    }

    public string KeyFilePath => keyFile;

    /// <summary>The key new receipts are signed with.</summary>
    public ReceiptSigningKey Signing
    {
        get
        {
            RefreshIfChanged();
            lock (gate)
            {
                return keys.Last(k => k.PrivateKey is not null);
            }
        }
    }

    /// <summary>Every public key, oldest first: what /verifikasi/kunci and the well-known address publish.</summary>
    public IReadOnlyList<ReceiptSigningKey> All
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

    public ReceiptSigningKey? Find(ReadOnlySpan<byte> keyId)
    {
        foreach (var key in All)
        {
            if (key.KeyId.AsSpan().SequenceEqual(keyId))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds a new signing key; the old ones keep only their public half, so a stolen copy of an old key file cannot
    /// sign again with a retired key and old receipts still verify.
    /// </summary>
    public ReceiptSigningKey Rotate()
    {
        var key = NewKey();
        lock (gate)
        {
            Load();
            keys = [.. keys.Select(k => k with { PrivateKey = null }), key];
            Write(keys);
            fileStamp = File.GetLastWriteTimeUtc(keyFile);
        }

        return key;
    }

    private void RefreshIfChanged()
    {
        if (File.GetLastWriteTimeUtc(keyFile) != fileStamp)
        {
            Load();
        }
    }

    private void Load()
    {
        lock (gate)
        {
            var stored = JsonSerializer.Deserialize<List<StoredKey>>(File.ReadAllBytes(keyFile), Json) ?? [];
            if (!stored.Any(k => k.PrivateKey is not null))
            {
                throw new InvalidOperationException($"The receipt signing key file {keyFile} holds no private key; run keys rotate-signing.");
            }

            keys = stored.Select(k => new ReceiptSigningKey(
                k.Id, Convert.FromBase64String(k.PublicKey), k.PrivateKey is null ? null : Convert.FromBase64String(k.PrivateKey), k.CreatedAt)).ToList();
            fileStamp = File.GetLastWriteTimeUtc(keyFile);
        }
    }

    private void Write(List<ReceiptSigningKey> all)
    {
        var temp = keyFile + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, all.Select(k => new StoredKey(
                k.Id, Convert.ToBase64String(k.PublicKey), k.PrivateKey is null ? null : Convert.ToBase64String(k.PrivateKey), k.CreatedAt)).ToList(), Json);
        }

        File.Move(temp, keyFile, overwrite: true);
    }

    private static ReceiptSigningKey NewKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = ecdsa.ExportSubjectPublicKeyInfo();
        return new ReceiptSigningKey(ReceiptSigningKey.IdOf(publicKey), publicKey, ecdsa.ExportPkcs8PrivateKey(), DateTime.UtcNow);
    }

    private sealed record StoredKey(string Id, string PublicKey, string? PrivateKey, DateTime CreatedAt);

    [LoggerMessage(LogLevel.Warning, "Created a new receipt signing key file at {Path}. Keep it out of database backups and give every node the same file.")]
    private static partial void LogCreated(ILogger logger, string path);
}
