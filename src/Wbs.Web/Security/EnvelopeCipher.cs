using System.Collections.Concurrent;
using System.Security.Cryptography;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// AES-256-GCM envelope encryption: each scope (report, user, sealed original) has its own random data key, stored
/// wrapped by the newest master key. A new data key joins the caller's unit of work, so it is committed with the
/// content it protects or not at all. Ciphertexts are bound to their scope, so rows cannot be swapped between reports.
/// </summary>
public sealed class EnvelopeCipher(WbsDbContext db, MasterKeyRing ring, KeyRingStore store, DataKeyCache cache, TimeProvider time) : IContentCipher
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public byte[] Encrypt(Guid scope, byte[] plaintext)
    {
        var key = cache.TryGet(scope) ?? LoadOrCreate(scope);
        var output = new byte[1 + NonceSize + TagSize + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), scope.ToByteArray());
        return output;
    }

    public byte[] Decrypt(Guid scope, byte[] stored)
    {
        if (stored.Length < 1 + NonceSize + TagSize || stored[0] != Version)
        {
            throw new CryptographicException("Unknown ciphertext format.");
        }

        var key = cache.TryGet(scope) ?? Load(scope) ?? throw new CryptographicException($"No data key for scope {scope}.");
        var plaintext = new byte[stored.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(stored.AsSpan(1, NonceSize), stored.AsSpan(1 + NonceSize + TagSize), stored.AsSpan(1 + NonceSize, TagSize), plaintext, scope.ToByteArray());
        return plaintext;
    }

    private byte[] LoadOrCreate(Guid scope)
    {
        if (Load(scope) is { } existing)
        {
            return existing;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var master = store.Active();
        db.Set<DataKey>().Add(new DataKey
        {
            Id = scope,
            MasterKeyId = master.Id,
            WrappedKey = KeyWrap.Wrap(master, scope, key),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        cache.Set(scope, key);
        return key;
    }

    private byte[]? Load(Guid scope)
    {
        var row = db.Set<DataKey>().Local.FirstOrDefault(k => k.Id == scope) ?? db.Set<DataKey>().Find(scope);
        if (row is null)
        {
            return null;
        }

        var master = ring.Find(row.MasterKeyId)
            ?? throw new MasterKeyUnavailableException(row.MasterKeyId, $"Master key {row.MasterKeyId} is not in this node's key ring ({ring.Source}).");
        var key = KeyWrap.Unwrap(master, scope, row.WrappedKey);
        cache.Set(scope, key);
        return key;
    }
}

/// <summary>Wraps a data key under a master key (AES-256-GCM, bound to the scope and the master key's id).</summary>
public static class KeyWrap
{
    public static byte[] Wrap(MasterKey master, Guid scope, byte[] dataKey)
    {
        var output = new byte[12 + 16 + dataKey.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(master.Key, 16);
        aes.Encrypt(output.AsSpan(0, 12), dataKey, output.AsSpan(28), output.AsSpan(12, 16), Associated(master.Id, scope));
        return output;
    }

    public static byte[] Unwrap(MasterKey master, Guid scope, byte[] wrapped)
    {
        var key = new byte[wrapped.Length - 28];
        using var aes = new AesGcm(master.Key, 16);
        aes.Decrypt(wrapped.AsSpan(0, 12), wrapped.AsSpan(28), wrapped.AsSpan(12, 16), key, Associated(master.Id, scope));
        return key;
    }

    private static byte[] Associated(string masterKeyId, Guid scope) =>
        [.. scope.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(masterKeyId)];
}

/// <summary>Unwrapped data keys kept in memory for a while, so reading a list does not unwrap a key per row.</summary>
public sealed class DataKeyCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<Guid, byte[]> keys = new();

    public byte[]? TryGet(Guid scope) => keys.TryGetValue(scope, out var key) ? key : null;

    public void Set(Guid scope, byte[] key)
    {
        if (keys.Count >= MaxEntries)
        {
            keys.Clear();
        }

        keys[scope] = key;
    }

    public void Clear() => keys.Clear();
}
