namespace Wbs.Tests.Infrastructure;

/// <summary>A clock a test sets, to submit at chosen moments (the turn of a year in the agency's time zone).</summary>
public sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public DateTimeOffset Now
    {
        get => now;
        set => now = value;
    }

    public override DateTimeOffset GetUtcNow() => now;
}
