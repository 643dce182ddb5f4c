namespace Wbs.Web.Features.Statistik;

/// <summary>
/// Months and years in the agency's time zone: a report belongs to the local month in which it was submitted,
/// so 00:30 WITA on 1 February counts in February although it is still 31 January in UTC.
/// </summary>
public static class StatisticsCalendar
{
    public const int MinYear = 2000;

    /// <summary>Thirteen UTC instants: the local start of each month of <paramref name="year"/> and of the next January.</summary>
    public static IReadOnlyList<DateTime> MonthStartsUtc(int year, TimeZoneInfo zone)
    {
        var starts = new DateTime[13];
        for (var i = 0; i < 13; i++)
        {
            starts[i] = LocalMidnightToUtc(new DateTime(year, 1, 1).AddMonths(i), zone);
        }

        return starts;
    }

    private static DateTime LocalMidnightToUtc(DateTime localMidnight, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localMidnight, DateTimeKind.Unspecified);
        // Where a daylight-saving jump skips midnight, the month starts at the first local time that exists.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
