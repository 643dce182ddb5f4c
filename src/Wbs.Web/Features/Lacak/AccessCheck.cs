using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Checks a registration number and access code. Every check that is looked at costs one full PBKDF2 derivation and
/// answers no sooner than <see cref="Floor"/>, so a wrong number and a wrong code look alike in words and time.
/// Nothing about failures is stored: after a few wrong checks of one number, <see cref="NumberSlowdown"/> makes the
/// next ones wait (at most 8 s) but never refuses them, so nobody can keep the real reporter out; the per-address
/// limit of <see cref="AddressAttempts"/> is what stops a guesser.
/// </summary>
public sealed class AccessCheck(WbsDbContext db, AddressAttempts attempts, NumberSlowdown slowdown, TimeProvider time)
{
    public const string RefusedMessage =
        "Nomor registrasi atau kode akses tidak cocok. Periksa kembali keduanya. Setelah beberapa kali salah, pemeriksaan nomor itu diperlambat beberapa detik.";

    public const string TooManyMessage =
        "Terlalu banyak percobaan dari jaringan Anda. Tunggu sekitar 10 menit, lalu coba lagi.";

    public static readonly TimeSpan Floor = TimeSpan.FromSeconds(1);

    public async Task<(AccessCheckResult Result, OpenedReport? Report)> CheckAsync(HttpContext http, string? number, string? code, CancellationToken ct)
    {
        if (!attempts.TryCheck(http))
        {
            return (AccessCheckResult.TooManyFromAddress, null);
        }

        var normalized = RegistrationNumbers.Normalize(number);
        var wait = slowdown.Begin(normalized);
        var lookedAt = false;
        OpenedReport? opened = null;
        try
        {
            // Waits go through the app's TimeProvider, so tests can follow them without sleeping.
            await WaitAtLeastAsync(time.GetTimestamp(), wait, ct);

            var started = time.GetTimestamp();
            lookedAt = true;
            opened = await CheckOnceAsync(normalized, code, ct);
            await WaitAtLeastAsync(started, Floor, ct);
        }
        finally
        {
            // Only a check that was looked at counts: one given up while waiting guessed nothing.
            slowdown.End(normalized, failed: lookedAt && opened is null);
        }

        return opened is null ? (AccessCheckResult.Refused, null) : (AccessCheckResult.Opened, opened);
    }

    /// <summary>
    /// Waits until <paramref name="span"/> has passed since <paramref name="started"/> by the clock's own timestamps.
    /// A timer counts whole milliseconds of a coarse tick and may fire a little early, so one delay is not enough to
    /// keep the promise "no sooner than".
    /// </summary>
    private async Task WaitAtLeastAsync(long started, TimeSpan span, CancellationToken ct)
    {
        for (var left = span - time.GetElapsedTime(started); left > TimeSpan.Zero; left = span - time.GetElapsedTime(started))
        {
            await Task.Delay(left < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : left, time, ct);
        }
    }

    /// <summary>Whether a code is the one of a report already opened (for printing it on the receipt).</summary>
    public async Task<bool> MatchesAsync(Guid reportId, string? code, CancellationToken ct)
    {
        var hash = await db.AnonymousAccesses.AsNoTracking().Where(a => a.ReportId == reportId).Select(a => a.CodeHash).SingleOrDefaultAsync(ct);
        return AccessCodes.Verify(code, hash);
    }

    private async Task<OpenedReport?> CheckOnceAsync(string? normalized, string? code, CancellationToken ct)
    {
        var row = normalized is null ? null : await db.Complaints.AsNoTracking()
            .Where(r => r.RegistrationNumber == normalized && r.ReporterId == null)
            .Join(db.AnonymousAccesses, r => r.Id, a => a.ReportId, (r, a) => new { r.Id, r.RegistrationNumber, a.CodeHash, a.SessionStamp })
            .SingleOrDefaultAsync(ct);

        // One derivation whatever the case: an unknown number is checked against a decoy hash.
        var right = AccessCodes.Verify(code, row?.CodeHash);
        return row is not null && right ? new OpenedReport(row.Id, row.RegistrationNumber, row.SessionStamp) : null;
    }
}
