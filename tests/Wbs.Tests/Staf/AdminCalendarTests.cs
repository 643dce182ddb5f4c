using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>Working-day arithmetic on the seeded Indonesian calendar (national holidays and cuti bersama 2026–2027).</summary>
public class AdminCalendarTests
{
    private static readonly IReadOnlySet<DateOnly> Seeded = HolidaySeed.All().Select(h => h.Date).ToHashSet();
    private static readonly IReadOnlySet<DateOnly> None = new HashSet<DateOnly>();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // An ordinary week: Monday + 5 is the next Monday.
    [InlineData("2026-06-08", 5, "2026-06-15")]
    // Friday + 1 skips the weekend.
    [InlineData("2026-07-10", 1, "2026-07-13")]
    // Submitted on a Saturday: the count starts on Monday.
    [InlineData("2026-07-11", 1, "2026-07-13")]
    [InlineData("2026-07-12", 5, "2026-07-17")]
    // Friday before the long weekend of Waisak (Sun 31 May) and Pancasila (Mon 1 June): Tuesday.
    [InlineData("2026-05-29", 1, "2026-06-02")]
    // Kenaikan (Thu 14 May) and its cuti bersama (Fri 15 May): Wednesday + 1 is Monday.
    [InlineData("2026-05-13", 1, "2026-05-18")]
    // Nyepi and Idul Fitri: 18–24 March 2026 hold no working day.
    [InlineData("2026-03-13", 5, "2026-03-27")]
    [InlineData("2026-03-17", 1, "2026-03-25")]
    // Christmas: 24 (cuti bersama) and 25 December 2026 fall on Thursday and Friday, then the weekend.
    [InlineData("2026-12-23", 1, "2026-12-28")]
    [InlineData("2026-12-23", 5, "2027-01-04")]
    // The year's end: 1 January 2027 (Friday) is a holiday, 5 January Isra Mikraj.
    [InlineData("2026-12-31", 1, "2027-01-04")]
    [InlineData("2026-12-31", 2, "2027-01-06")]
    [InlineData("2026-12-30", 5, "2027-01-08")]
    [InlineData("2026-12-31", 5, "2027-01-11")]
    // Twenty working days across the Idul Fitri weeks.
    [InlineData("2026-03-09", 20, "2026-04-14")]
    public void Add_OnTheSeededCalendar_SkipsWeekendsAndHolidays(string start, int days, string expected)
    {
        Assert.Equal(D(expected), WorkingDays.Add(D(start), days, Seeded));
    }

    [Fact]
    public void Add_ZeroDays_IsTheSameDay()
    {
        Assert.Equal(D("2026-12-25"), WorkingDays.Add(D("2026-12-25"), 0, Seeded));
    }

    [Fact]
    public void Add_WithoutHolidays_CountsWeekdaysOnly()
    {
        Assert.Equal(D("2026-12-28"), WorkingDays.Add(D("2026-12-21"), 5, None));
        Assert.Equal(D("2027-01-01"), WorkingDays.Add(D("2026-12-31"), 1, None));
    }

    [Fact]
    public void Add_SixtyWorkingDays_AcrossTheYearEnd()
    {
        // December 2026 has 21 (24 and 25 are off), January 2027 19 (1 and 5 are off), the 20th of February is Friday the 26th.
        Assert.Equal(D("2027-02-26"), WorkingDays.Add(D("2026-11-30"), 60, Seeded));
    }

    [Theory]
    [InlineData("2026-12-23", "2026-12-28", 1)]
    [InlineData("2026-12-28", "2026-12-23", -1)]
    [InlineData("2026-12-31", "2027-01-04", 1)]
    [InlineData("2027-01-04", "2026-12-31", -1)]
    [InlineData("2026-12-24", "2026-12-25", 0)]
    [InlineData("2026-06-08", "2026-06-08", 0)]
    [InlineData("2026-06-08", "2026-06-15", 5)]
    public void Between_CountsWorkingDaysUpToTheDue_NegativeWhenPast(string today, string due, int expected)
    {
        Assert.Equal(expected, WorkingDays.Between(D(today), D(due), Seeded));
    }

    [Theory]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-24", false)]
    [InlineData("2026-12-26", false)]
    [InlineData("2026-12-28", true)]
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-04", true)]
    public void IsWorkingDay_FollowsWeekendsAndSeededHolidays(string day, bool working)
    {
        Assert.Equal(working, WorkingDays.IsWorkingDay(D(day), Seeded));
    }
}
