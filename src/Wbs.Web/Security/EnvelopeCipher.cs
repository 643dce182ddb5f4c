using System.Security.Cryptography;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// AES-256-GCM envelope encryption: each scope (report, user, sealed original) has its own random data key, stored
/// wrapped by the newest master key. A new data key joins the caller's unit of work, so it is committed with the
/// content it protects or not at all. Ciphertexts are bound to their scope, so rows cannot be swapped between reports.
/// </summary>
public sealed class EnvelopeCipher(WbsDbContext db, MasterKeyRing ring, KeyRingStore store, DataKeyCache cache, TimeProvider time, RetentionRatchet ratchet) : IContentCipher
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
        if (stored is [EvidenceChunks.Version, ..])
        {
            using var opened = DecryptStream(scope, new MemoryStream(stored, writable: false));
            using var plain = new MemoryStream();
            opened.CopyTo(plain);
            return plain.ToArray();
        }

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

    public Stream EncryptStream(Guid scope, Stream plaintext) =>
        EvidenceChunks.Sealing(cache.TryGet(scope) ?? LoadOrCreate(scope), scope, plaintext);

    public Stream DecryptStream(Guid scope, Stream stored)
    {
        var first = stored.ReadByte();
        if (first == EvidenceChunks.Version)
        {
            var key = cache.TryGet(scope) ?? Load(scope) ?? throw new CryptographicException($"No data key for scope {scope}.");
            return EvidenceChunks.Opening(key, scope, new PrefixedStream((byte)first, stored));
        }

        // Files stored before chunking (version 1) are one AES-GCM value: small enough to have been held whole then.
        using var whole = new MemoryStream();
        if (first >= 0)
        {
            whole.WriteByte((byte)first);
        }

        stored.CopyTo(whole);
        stored.Dispose();
        return new MemoryStream(Decrypt(scope, whole.ToArray()), writable: false);
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
        var key = KeyWrap.Unwrap(master, scope, row.ErasureDay is { } day ? ratchet.Unwrap(scope, day, row.WrappedKey) : row.WrappedKey);
        cache.Set(scope, key);
        return key;
    }
}
