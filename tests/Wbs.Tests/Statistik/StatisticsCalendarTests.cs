using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Statistik;

public class StatisticsCalendarTests
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Fact]
    public void MonthStartsUtc_HalfPastMidnightWitaOnFirstFebruary_FallsInFebruary()
    {
        // 00:30 WITA on 1 February is 16:30 UTC on 31 January.
        var starts = StatisticsCalendar.MonthStartsUtc(2024, Wita);
        var instant = Utc(2024, 1, 31, 16, 30);

        Assert.True(instant >= starts[1] && instant < starts[2]);
    }

    [Fact]
    public void MonthStartsUtc_HalfPastMidnightWitaOnNewYear_FallsInTheNewYear()
    {
        var instant = Utc(2024, 12, 31, 16, 30);

        Assert.True(instant >= StatisticsCalendar.MonthStartsUtc(2024, Wita)[12]);
        Assert.True(instant >= StatisticsCalendar.MonthStartsUtc(2025, Wita)[0] && instant < StatisticsCalendar.MonthStartsUtc(2025, Wita)[1]);
    }

    [Fact]
    public void MonthStartsUtc_Wita_AreLocalMidnightsEightHoursEarlierInUtc()
    {
        var starts = StatisticsCalendar.MonthStartsUtc(2024, Wita);

        Assert.Equal(13, starts.Count);
        Assert.Equal(Utc(2023, 12, 31, 16, 0), starts[0]);
        Assert.Equal(Utc(2024, 1, 31, 16, 0), starts[1]);
        Assert.Equal(Utc(2024, 2, 29, 16, 0), starts[2]);
        Assert.Equal(Utc(2024, 12, 31, 16, 0), starts[12]);
    }

    [Theory]
    [InlineData("Asia/Jakarta", 17)]
    [InlineData("Asia/Jayapura", 15)]
    public void MonthStartsUtc_OtherIndonesianZones_FollowTheirOffset(string zone, int utcHourBefore)
    {
        var starts = StatisticsCalendar.MonthStartsUtc(2025, TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(Utc(2025, 2, 28, utcHourBefore, 0), starts[2]);
    }

    [Fact]
    public void MonthStartsUtc_ZoneWithDaylightSaving_UsesEachMonthsOwnOffset()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var starts = StatisticsCalendar.MonthStartsUtc(2024, berlin);

        Assert.Equal(Utc(2023, 12, 31, 23, 0), starts[0]);
        Assert.Equal(Utc(2024, 3, 31, 22, 0), starts[3]);
    }
}
