using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// Data keys of the installation itself (the data-protection key ring's and the audit chain's), stored like a
/// report's: wrapped by the master key ring outside the database, so "keys rotate" re-wraps them with the rest and a
/// database copy alone opens none of them.
/// </summary>
public sealed class SystemKeys(WbsDbContext db, IContentCipher cipher, DataKeyCache cache)
{
    /// <summary>Seals the data-protection key ring (cookie, token and anti-forgery keys).</summary>
    public static readonly Guid DataProtection = new("6b1f4a8e-0d2c-4e55-9a0b-5d3c1e7f0001");

    /// <summary>Keys the audit chain's HMAC and seals what staff type into audit entries.</summary>
    public static readonly Guid Audit = new("6b1f4a8e-0d2c-4e55-9a0b-5d3c1e7f0002");

    /// <summary>Keys the reference that owns a gratification report in place of the plain account id.</summary>
    public static readonly Guid GratificationOwners = new("6b1f4a8e-0d2c-4e55-9a0b-5d3c1e7f0003");

    /// <summary>Keys the hashes of submissions' idempotency keys and seals the access codes a retry may show again.</summary>
    public static readonly Guid SubmissionKeys = new("6b1f4a8e-0d2c-4e55-9a0b-5d3c1e7f0004");

    public byte[] Seal(Guid scope, byte[] plaintext) => cipher.Encrypt(scope, plaintext);

    public byte[] Open(Guid scope, byte[] sealedValue) => cipher.Decrypt(scope, sealedValue);

    /// <summary>A key for one purpose derived from a system data key (HKDF-SHA256), never the data key itself.</summary>
    public byte[] Derive(Guid scope, string purpose)
    {
        var key = cache.TryGet(scope) ?? UnwrapOrCreate(scope);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: System.Text.Encoding.UTF8.GetBytes(purpose));
    }

    public Task<bool> ExistsAsync(Guid scope, CancellationToken ct) => db.DataKeys.AnyAsync(k => k.Id == scope, ct);

    /// <summary>Creates the system data key when missing; a node that loses the race to another reads the winner's key.</summary>
    public async Task EnsureAsync(Guid scope, CancellationToken ct)
    {
        if (await ExistsAsync(scope, ct))
        {
            return;
        }

        _ = cipher.Encrypt(scope, []);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            cache.Clear();
        }
    }

    private byte[] UnwrapOrCreate(Guid scope)
    {
        // Sealing loads the key into the cache; start-up (EnsureAsync) has created it, else it joins the caller's unit of work.
        _ = cipher.Encrypt(scope, []);
        return cache.TryGet(scope) ?? throw new CryptographicException($"No data key for scope {scope}.");
    }
}
