using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Lacak;

/// <summary>A complaint opened by its number and access code, for one Lacak session or API token.</summary>
public sealed record OpenedReport(Guid ReportId, string RegistrationNumber, string SessionStamp);

public enum AccessCheckResult
{
    Opened,

    /// <summary>A wrong number, a wrong code, or a number resting after too many wrong codes: one answer for all.</summary>
    Refused,

    /// <summary>This address has used its checks for now; no code was looked at.</summary>
    TooManyFromAddress,
}

/// <summary>
/// Checks a registration number and access code. Every check that is looked at costs one full PBKDF2 derivation and
/// answers no sooner than <see cref="Floor"/>, so a wrong number, a wrong code and a resting number look alike in
/// words and time. Wrong codes are counted per number in the database (every node sees them): after
/// <see cref="FreeFailures"/> the number rests 1, 2, 4, 8 and at most 15 minutes, and a right code clears the count.
/// </summary>
public sealed class AccessCheck(WbsDbContext db, AddressAttempts attempts, AgencyClock clock)
{
    public const string RefusedMessage =
        "Nomor registrasi atau kode akses tidak cocok. Periksa kembali keduanya. Setelah beberapa kali salah, nomor itu hanya dapat dicoba lagi setelah beberapa menit.";

    public const string TooManyMessage =
        "Terlalu banyak percobaan dari jaringan Anda. Tunggu sekitar 10 menit, lalu coba lagi.";

    public const int FreeFailures = 5;
    public static readonly TimeSpan Floor = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestRest = TimeSpan.FromMinutes(15);

    public async Task<(AccessCheckResult Result, OpenedReport? Report)> CheckAsync(HttpContext http, string? number, string? code, CancellationToken ct)
    {
        if (!attempts.TryCheck(http))
        {
            return (AccessCheckResult.TooManyFromAddress, null);
        }

        var started = Stopwatch.GetTimestamp();
        var opened = await CheckOnceAsync(number, code, ct);
        var left = Floor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, ct);
        }

        return opened is null ? (AccessCheckResult.Refused, null) : (AccessCheckResult.Opened, opened);
    }

    /// <summary>Whether a code is the one of a report already opened (for printing it on the receipt).</summary>
    public async Task<bool> MatchesAsync(Guid reportId, string? code, CancellationToken ct)
    {
        var hash = await db.AnonymousAccesses.AsNoTracking().Where(a => a.ReportId == reportId).Select(a => a.CodeHash).SingleOrDefaultAsync(ct);
        return AccessCodes.Verify(code, hash);
    }

    private async Task<OpenedReport?> CheckOnceAsync(string? number, string? code, CancellationToken ct)
    {
        var normalized = RegistrationNumbers.Normalize(number);
        var row = normalized is null ? null : await db.Complaints.AsNoTracking()
            .Where(r => r.RegistrationNumber == normalized && r.ReporterId == null)
            .Join(db.AnonymousAccesses, r => r.Id, a => a.ReportId, (r, a) => new { r.Id, r.RegistrationNumber, a.CodeHash, a.BlockedUntil, a.SessionStamp })
            .SingleOrDefaultAsync(ct);
        var now = clock.UtcNow;
        var resting = row?.BlockedUntil > now;

        // One derivation whatever the case: an unknown or resting number is checked against a decoy hash.
        var right = AccessCodes.Verify(code, row is null || resting ? null : row.CodeHash);
        if (row is null || resting)
        {
            return null;
        }

        var access = db.AnonymousAccesses.Where(a => a.ReportId == row.Id);
        if (right)
        {
            await access.Where(a => a.FailedCount > 0 || a.BlockedUntil != null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedCount, 0).SetProperty(a => a.BlockedUntil, (DateTime?)null), ct);
            return new OpenedReport(row.Id, row.RegistrationNumber, row.SessionStamp);
        }

        // Counted in the database by one atomic update, so guesses spread over several nodes add up.
        await access.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedCount, a => a.FailedCount + 1), ct);
        var failed = await access.Select(a => a.FailedCount).SingleAsync(ct);
        if (failed >= FreeFailures)
        {
            var rest = TimeSpan.FromMinutes(Math.Min(LongestRest.TotalMinutes, Math.Pow(2, Math.Min(failed - FreeFailures, 10))));
            await access.ExecuteUpdateAsync(s => s.SetProperty(a => a.BlockedUntil, (DateTime?)(now + rest)), ct);
        }

        return null;
    }
}
