namespace Wbs.Web.Domain;

/// <summary>Working-day arithmetic: Saturdays, Sundays and holidays are not counted.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The date <paramref name="days"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly Add(DateOnly start, int days, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days from <paramref name="today"/> (exclusive) up to <paramref name="due"/> (inclusive); negative when past.</summary>
    public static int Between(DateOnly today, DateOnly due, IReadOnlySet<DateOnly> holidays)
    {
        if (due == today)
        {
            return 0;
        }

        var (from, to, sign) = due > today ? (today, due, 1) : (due, today, -1);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, holidays))
            {
                count++;
            }
        }

        return sign * count;
    }
}
