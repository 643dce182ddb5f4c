using System.Collections.Concurrent;

namespace Wbs.Tests.Infrastructure;

/// <summary>
/// A clock whose timers fire at once: every wait the app asks of it (Task.Delay with this TimeProvider) is written
/// down and moves the clock forward by as much, so tests follow waits of seconds without sleeping through them.
/// </summary>
public sealed class WaitSkippingClock(DateTimeOffset start) : TimeProvider
{
    private readonly object gate = new();
    private DateTimeOffset now = start;

    /// <summary>
    /// Whether each timer fires a little before it is due (up to a millisecond), as real timers that count whole
    /// milliseconds of a coarse tick do.
    /// </summary>
    public bool TimersFireEarly { get; init; }

    /// <summary>The waits asked for, oldest first.</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public DateTimeOffset Now
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }

        set
        {
            lock (gate)
            {
                now = value;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;

    // Timestamps follow the skipped waits too, so code that waits "until a span has passed" sees it pass.
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Now.UtcTicks;

    /// <summary>The waits asked for since the last call, and forgets them.</summary>
    public List<TimeSpan> TakeWaits()
    {
        var taken = new List<TimeSpan>();
        while (Waits.TryDequeue(out var wait))
        {
            taken.Add(wait);
        }

        return taken;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero)
        {
            Waits.Enqueue(dueTime);
            lock (gate)
            {
                now += TimersFireEarly ? dueTime - TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerMillisecond, dueTime.Ticks / 2)) : dueTime;
            }
        }

        return base.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
