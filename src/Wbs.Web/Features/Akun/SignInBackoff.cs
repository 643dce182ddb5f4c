using Microsoft.Extensions.Caching.Memory;

namespace Wbs.Web.Features.Akun;

/// <summary>
/// Instead of a hard lock that anyone could trigger against an account: after a few failed sign-ins under one name,
/// each attempt waits a little longer, never more than <see cref="MaxDelay"/>. In memory only, keyed by the name.
/// </summary>
public sealed class SignInBackoff : IDisposable
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    private const int FreeFailures = 3;

    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long the next attempt under this name waits: nothing at first, then 250 ms doubling up to the cap.</summary>
    public TimeSpan DelayFor(string? name)
    {
        var count = failures.TryGetValue(Key(name), out int n) ? n : 0;
        return count <= FreeFailures
            ? TimeSpan.Zero
            : TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(10, count - FreeFailures - 1))));
    }

    public Task WaitAsync(string? name, CancellationToken ct = default) =>
        DelayFor(name) is { Ticks: > 0 } delay ? Task.Delay(delay, ct) : Task.CompletedTask;

    public void Failed(string? name)
    {
        var key = Key(name);
        lock (failures)
        {
            var count = failures.TryGetValue(key, out int n) ? n : 0;
            failures.Set(key, count + 1, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(15) });
        }
    }

    public void Succeeded(string? name) => failures.Remove(Key(name));

    public void Dispose() => failures.Dispose();

    private static string Key(string? name) => (name ?? "").Trim().ToUpperInvariant();
}
