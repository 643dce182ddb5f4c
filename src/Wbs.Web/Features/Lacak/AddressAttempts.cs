using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Per-address limits of code checks and of anonymous submissions, in this node's memory only: the address is a key
/// for one window and is never stored or logged. Several nodes each keep their own count (see docs/SECURITY.md).
/// </summary>
public sealed class AddressAttempts(IOptions<AnonymousOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> checks = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(options.Value.ChecksPerAddressPer10Minutes, TimeSpan.FromMinutes(10))));

    private readonly PartitionedRateLimiter<string> submissions = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(options.Value.SubmissionsPerAddressPerHour, TimeSpan.FromHours(1))));

    public bool TryCheck(HttpContext http) => Acquire(checks, http);

    public bool TrySubmit(HttpContext http) => Acquire(submissions, http);

    public void Dispose()
    {
        checks.Dispose();
        submissions.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire((http.Connection.RemoteIpAddress ?? IPAddress.None).ToString());
        return lease.IsAcquired;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 };
}
