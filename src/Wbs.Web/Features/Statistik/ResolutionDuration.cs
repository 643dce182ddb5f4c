namespace Wbs.Web.Features.Statistik;

/// <summary>
/// "Rata-rata Durasi Penyelesaian" as the public statistics define it: the mean of (first final status − submission)
/// in whole hours, counted down to bulan, hari and jam with 1 bulan = 30 hari; no resolved report means zero.
/// </summary>
public sealed record ResolutionDuration(long Months, int Days, int Hours)
{
    public const int HoursPerDay = 24;
    public const int DaysPerMonth = 30;

    public static readonly ResolutionDuration Zero = new(0, 0, 0);

    public string Text => $"{Months} Bulan, {Days} Hari, {Hours} Jam";

    /// <summary>Whole hours split into bulan/hari/jam; partial hours were already dropped.</summary>
    public static ResolutionDuration FromWholeHours(long hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var days = hours / HoursPerDay;
        return new ResolutionDuration(days / DaysPerMonth, (int)(days % DaysPerMonth), (int)(hours % HoursPerDay));
    }

    /// <summary>The mean of <paramref name="resolvedCount"/> durations summing to <paramref name="totalSeconds"/>, cut to whole hours.</summary>
    public static ResolutionDuration Mean(double totalSeconds, long resolvedCount)
    {
        if (resolvedCount <= 0 || totalSeconds <= 0)
        {
            return Zero;
        }

        // Completed hours, as a clock shows elapsed time: 23 h 59 min is still 23 Jam.
        return FromWholeHours((long)Math.Floor(totalSeconds / resolvedCount / 3600d));
    }
}
