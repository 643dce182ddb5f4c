using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// Idempotency of submissions: every form carries a fresh key and API clients may send one in the Idempotency-Key
/// header. The first submission with a key stores its hash in the same transaction as the report, under a primary key,
/// so of two concurrent submissions with one key exactly one stores a report; a retry within a day answers what the
/// first one stored. Keys are scoped to their owner (an account, or "without an account"), so one owner's key never
/// reaches another's report.
/// </summary>
public sealed class SubmissionKeys(WbsDbContext db, SystemKeys keys, AgencyClock clock)
{
    public const string Header = "Idempotency-Key";
    public const int MinLength = 8;
    public const int MaxLength = 255;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const string InvalidMessage =
        "Idempotency-Key harus 8 sampai 255 karakter ASCII tanpa spasi; gunakan nilai acak baru, misalnya sebuah UUID, untuk setiap pengaduan.";

    private const string HashPurpose = "wbs submission key hash v1";
    private const string SealPurpose = "wbs submission key seal v1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static long nextPurgeTicks;

    /// <summary>A key for a form to carry: 128 random bits.</summary>
    public static string NewFormKey() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static bool IsValid(string? key) =>
        key is { Length: >= MinLength and <= MaxLength } && key.All(c => c is >= '!' and <= '~');

    public static string ComplaintScope(string? reporterId) => reporterId is null ? "anonymous" : "complaint\n" + reporterId;

    public static string GratificationScope(string reporterId) => "gratification\n" + reporterId;

    /// <summary>The claim of a valid key in a scope; null for a missing or malformed key (a submission without idempotency).</summary>
    public SubmissionKeyClaim? Claim(string scope, string? key) =>
        IsValid(key) ? new SubmissionKeyClaim(Hash(scope, key!), key!) : null;

    /// <summary>
    /// The stored row of a claim made within the last day, if a submission with it was stored. An older row of the same
    /// key is deleted here, so a key reused after a day files a new report instead of meeting the old row.
    /// </summary>
    public async Task<SubmissionKey?> FindAsync(SubmissionKeyClaim claim, CancellationToken ct)
    {
        var row = await db.SubmissionKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == claim.Hash, ct);
        var since = clock.UtcNow - Lifetime;
        if (row is null || row.CreatedAt > since)
        {
            return row;
        }

        await db.SubmissionKeys.Where(k => k.KeyHash == claim.Hash && k.CreatedAt <= since).ExecuteDeleteAsync(ct);
        return null;
    }

    /// <summary>Adds the claim's row to the unit of work that stores its report.</summary>
    public void Record(SubmissionKeyClaim claim, Guid reportId) =>
        db.SubmissionKeys.Add(new SubmissionKey
        {
            KeyHash = claim.Hash,
            ReportId = reportId,
            CreatedAt = clock.UtcNow,
            SealedAccessCode = claim.AccessCode is null ? null : SealCode(claim, claim.AccessCode),
        });

    /// <summary>The access code a first submission stored with the key; null once the reporter has signed out of it.</summary>
    public string? OpenCode(SubmissionKeyClaim claim, SubmissionKey row)
    {
        if (row.SealedAccessCode is not { Length: > NonceBytes + TagBytes } sealedCode)
        {
            return null;
        }

        var plain = new byte[sealedCode.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(SealKey(claim), TagBytes);
        aes.Decrypt(sealedCode.AsSpan(0, NonceBytes), sealedCode.AsSpan(NonceBytes + TagBytes), sealedCode.AsSpan(NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(claim.Hash));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Forgets the access codes kept for retries of a report: Keluar means nobody at this browser may see it again.</summary>
    public Task ForgetCodesAsync(Guid reportId, CancellationToken ct) =>
        db.SubmissionKeys.Where(k => k.ReportId == reportId && k.SealedAccessCode != null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.SealedAccessCode, (byte[]?)null), ct);

    /// <summary>Deletes keys older than a day, at most once a minute per node.</summary>
    public async Task PurgeAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var next = Interlocked.Read(ref nextPurgeTicks);
        if (now.Ticks < next || Interlocked.CompareExchange(ref nextPurgeTicks, now.AddMinutes(1).Ticks, next) != next)
        {
            return;
        }

        var before = now - Lifetime;
        await db.SubmissionKeys.Where(k => k.CreatedAt <= before).ExecuteDeleteAsync(ct);
    }

    private string Hash(string scope, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.Derive(SystemKeys.SubmissionKeys, HashPurpose), Encoding.UTF8.GetBytes(scope + "\n" + key)));

    // The sealing key needs the idempotency key and the system key: neither a copy of the database nor the key alone opens the code.
    private byte[] SealKey(SubmissionKeyClaim claim) =>
        HMACSHA256.HashData(keys.Derive(SystemKeys.SubmissionKeys, SealPurpose), Encoding.UTF8.GetBytes(claim.Key));

    private byte[] SealCode(SubmissionKeyClaim claim, string code)
    {
        var plain = Encoding.UTF8.GetBytes(code);
        var sealedCode = new byte[NonceBytes + TagBytes + plain.Length];
        RandomNumberGenerator.Fill(sealedCode.AsSpan(0, NonceBytes));
        using var aes = new AesGcm(SealKey(claim), TagBytes);
        aes.Encrypt(sealedCode.AsSpan(0, NonceBytes), plain, sealedCode.AsSpan(NonceBytes + TagBytes), sealedCode.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(claim.Hash));
        return sealedCode;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
