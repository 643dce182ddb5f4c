using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The legal deadline to report a gift: 30 working days after receipt, weekends and holidays excluded.</summary>
public class ReportingDeadlineTests
{
    private static readonly HashSet<DateOnly> NoHolidays = [];
    private static readonly HashSet<DateOnly> YearEnd = [new(2026, 12, 24), new(2026, 12, 25), new(2027, 1, 1)];

    [Theory]
    // Friday: the count starts on Monday, six full weeks later is a Friday again.
    [InlineData("2026-11-06", "2026-12-18")]
    // Saturday and Sunday receipts end on the same day as the Friday before them.
    [InlineData("2026-11-07", "2026-12-18")]
    [InlineData("2026-11-08", "2026-12-18")]
    // Monday: day 1 is Tuesday, day 30 is the Monday six weeks on.
    [InlineData("2026-11-09", "2026-12-21")]
    public void Compute_NoHolidays_CountsThirtyWeekdaysAfterReceipt(string received, string expected)
    {
        var deadline = ReportingDeadline.Compute(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 9), NoHolidays);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline.Deadline);
    }

    [Fact]
    public void Compute_FridayBeforeChristmasAndNewYear_SkipsTheHolidaysAcrossTheYearEnd()
    {
        // Day 1 is Monday 7 December; 24 and 25 December and 1 January are not counted.
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 4), YearEnd);

        Assert.Equal(new DateOnly(2027, 1, 20), deadline.Deadline);
        Assert.Equal(30, deadline.WorkingDaysLeft);
        Assert.Equal(ReportingDeadlineState.Open, deadline.State);
    }

    [Fact]
    public void Compute_WithoutThoseHolidays_EndsThreeWorkingDaysEarlier()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 4), NoHolidays);

        Assert.Equal(new DateOnly(2027, 1, 15), deadline.Deadline);
    }

    [Theory]
    [InlineData("2026-12-10", 6, ReportingDeadlineState.Open)]
    [InlineData("2026-12-11", 5, ReportingDeadlineState.Near)]
    [InlineData("2026-12-17", 1, ReportingDeadlineState.Near)]
    [InlineData("2026-12-18", 0, ReportingDeadlineState.Near)]
    // The weekend after a Friday deadline: no working day has passed, but the day has.
    [InlineData("2026-12-19", 0, ReportingDeadlineState.Passed)]
    [InlineData("2026-12-20", 0, ReportingDeadlineState.Passed)]
    [InlineData("2026-12-21", -1, ReportingDeadlineState.Passed)]
    public void State_CountsWorkingDaysLeftFromToday(string today, int left, ReportingDeadlineState state)
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), NoHolidays);

        Assert.Equal(left, deadline.WorkingDaysLeft);
        Assert.Equal(state, deadline.State);
    }

    [Fact]
    public void FormBox_Near_SaysTheDateAndTheDaysOnce_AndWhatTheLawSays()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 14), NoHolidays);
        var box = DeadlinePreview.Of(deadline);

        Assert.Equal("Jumat, 18 Desember 2026", deadline.DeadlineText);
        Assert.Equal("Sisa 4 hari kerja.", box.LeftText);
        Assert.DoesNotContain("18 Desember", box.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4 hari kerja", box.Message, StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", box.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormMessage_LastDay_SaysToday()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 18), NoHolidays);

        Assert.Equal("Hari ini hari terakhir.", DeadlinePreview.Of(deadline).LeftText);
    }

    [Fact]
    public void Messages_Passed_SayPlainlyThatTheGiftCountsAsBribery()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 22), NoHolidays);

        Assert.StartsWith("Batas waktu pelaporan sudah lewat.", deadline.FormMessage, StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", deadline.FormMessage, StringComparison.Ordinal);
        Assert.Contains("setelah batas waktu", deadline.SubmittedMessage, StringComparison.Ordinal);
        Assert.Contains("dianggap suap", deadline.SubmittedMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmittedMessage_InTime_SaysSo()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), new DateOnly(2026, 11, 10), NoHolidays);

        Assert.Contains("sebelum batas waktu", deadline.SubmittedMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("suap", deadline.SubmittedMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_SundayAfterAFridayDeadline_SayItHasPassed()
    {
        var deadline = ReportingDeadline.Compute(new DateOnly(2026, 11, 6), new DateOnly(2026, 12, 20), NoHolidays);

        Assert.StartsWith("Batas waktu pelaporan sudah lewat.", deadline.FormMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hari terakhir", deadline.FormMessage, StringComparison.Ordinal);
        Assert.Contains("setelah batas waktu", deadline.SubmittedMessage, StringComparison.Ordinal);
    }
}
