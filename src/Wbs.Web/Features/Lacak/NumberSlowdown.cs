namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Slows down code checks of one registration number after repeated failures, instead of a lock that anyone who
/// knows the number could keep closed against the real reporter. In this node's memory only, keyed by the normalized
/// number whether a report has it or not, so the wait never tells whether a number exists. After
/// <see cref="FreeFailures"/> wrong checks in <see cref="Window"/>, each further check of the number waits 1, 2, 4 and
/// at most <see cref="LongestWait"/> seconds before it is looked at; it is never refused. A right code does not clear
/// the count: an attacker watching their own waits would otherwise see when the reporter opened the report.
/// </summary>
/// <remarks>
/// Checks still running count as failures for the wait of the next one, so many guesses sent at once wait in turn.
/// At most <see cref="Capacity"/> numbers are tracked; when full, numbers without failures and then those whose first
/// failure is oldest are forgotten first. The per-address limit (<see cref="AddressAttempts"/>) is what stops a guesser.
/// </remarks>
public sealed class NumberSlowdown(TimeProvider time, int capacity = NumberSlowdown.DefaultCapacity)
{
    public const int FreeFailures = 5;
    public const int DefaultCapacity = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(8);

    private readonly Dictionary<string, Tally> tallies = new(StringComparer.Ordinal);

    public int Capacity { get; } = Math.Max(1, capacity);

    /// <summary>How many numbers are tracked now (for tests and the memory bound).</summary>
    public int Count
    {
        get
        {
            lock (tallies)
            {
                return tallies.Count;
            }
        }
    }

    /// <summary>The wait of a check after this many failures of its number in the window: 0 at first, then 1, 2, 4, 8, 8… s.</summary>
    public static TimeSpan WaitAfter(int failures) =>
        failures < FreeFailures ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(LongestWait.TotalSeconds, Math.Pow(2, Math.Min(failures - FreeFailures, 10))));

    /// <summary>
    /// Starts a check of a normalized number (null for what is not a number: not tracked, no wait) and says how long
    /// it waits first. Every call must be followed by one <see cref="End"/> with the same number.
    /// </summary>
    public TimeSpan Begin(string? number)
    {
        if (number is null)
        {
            return TimeSpan.Zero;
        }

        lock (tallies)
        {
            var tally = Current(number);
            var wait = WaitAfter(tally.Failures + tally.Running);
            tally.Running++;
            return wait;
        }
    }

    /// <summary>Ends a check begun with <see cref="Begin"/>; a failed one (a wrong number or code) is counted.</summary>
    public void End(string? number, bool failed)
    {
        if (number is null)
        {
            return;
        }

        lock (tallies)
        {
            // Forgotten meanwhile (the table was full): a failure starts a new tally.
            if (!tallies.TryGetValue(number, out var tally))
            {
                if (!failed)
                {
                    return;
                }

                tally = Current(number);
            }
            else
            {
                tally.Running = Math.Max(0, tally.Running - 1);
            }

            if (failed)
            {
                if (tally.Failures == 0)
                {
                    tally.FirstFailure = time.GetUtcNow();
                }

                tally.Failures++;
            }
        }
    }

    /// <summary>Failures of a number counted in its current window (for tests).</summary>
    public int FailuresOf(string number)
    {
        lock (tallies)
        {
            return tallies.TryGetValue(number, out var tally) && !Expired(tally, time.GetUtcNow()) ? tally.Failures : 0;
        }
    }

    // Called under the lock: the tally of this window, a fresh one once the window of the first failure has passed.
    private Tally Current(string number)
    {
        var now = time.GetUtcNow();
        if (tallies.TryGetValue(number, out var tally))
        {
            if (Expired(tally, now))
            {
                (tally.Failures, tally.FirstFailure) = (0, default);
            }

            return tally;
        }

        if (tallies.Count >= Capacity)
        {
            MakeRoom(now);
        }

        tally = new Tally();
        tallies[number] = tally;
        return tally;
    }

    // Forgets the expired tallies, then, if still full, a tenth of the table (so a flood of numbers sorts once per
    // tenth, not once per number): those without failures first, then the oldest, running checks last.
    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, _) in tallies.Where(t => t.Value.Running == 0 && (t.Value.Failures == 0 || Expired(t.Value, now))).ToList())
        {
            tallies.Remove(key);
        }

        if (tallies.Count < Capacity)
        {
            return;
        }

        var excess = tallies.Count - Capacity + Math.Max(1, Capacity / 10);
        foreach (var (key, _) in tallies.OrderBy(t => t.Value.Running > 0).ThenBy(t => t.Value.FirstFailure).Take(excess).ToList())
        {
            tallies.Remove(key);
        }
    }

    private static bool Expired(Tally tally, DateTimeOffset now) => tally.Failures > 0 && now - tally.FirstFailure >= Window;

    private sealed class Tally
    {
        public int Failures { get; set; }

        public int Running { get; set; }

        public DateTimeOffset FirstFailure { get; set; }
    }
}
