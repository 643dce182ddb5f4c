using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Tests.Kasus;

/// <summary>The service limits on hand-built timelines (no database): 0, 5 and 10 working days, weekends not counted.</summary>
public sealed class TimeLimitRulesTests
{
    private static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    // Monday 2 November 2026.
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static IReadOnlyList<TimeLimitCheck> Evaluate(CaseTimeline timeline, DateOnly today, IReadOnlySet<DateOnly>? holidays = null) =>
        TimeLimitRules.Evaluate(timeline, 0, 5, 10, today, holidays ?? NoHolidays);

    private static TimeLimitCheck Of(IReadOnlyList<TimeLimitCheck> checks, TimeLimitKind kind) => checks.Single(c => c.Kind == kind);

    [Fact]
    public void SiteReport_IsAcknowledgedTheSameDay_OnTime()
    {
        var checks = Evaluate(new CaseTimeline(Monday, Monday, null, null, null, null), Monday);

        var ack = Of(checks, TimeLimitKind.Acknowledgement);
        Assert.Equal(Monday, ack.DueOn);
        Assert.Equal(Monday, ack.MetOn);
        Assert.False(ack.Late);
    }

    [Fact]
    public void RecordedLetter_TypedInTheNextDay_WasAcknowledgedLate()
    {
        var checks = Evaluate(new CaseTimeline(Monday, Monday.AddDays(1), null, null, null, null), Monday.AddDays(1));

        Assert.True(Of(checks, TimeLimitKind.Acknowledgement).Late);
        Assert.False(Of(checks, TimeLimitKind.Acknowledgement).Overdue);
    }

    [Fact]
    public void Verification_RunsFiveWorkingDays_ThenIsOverdue()
    {
        var timeline = new CaseTimeline(Monday, Monday, null, null, null, null);

        // Five working days after Monday is the next Monday (the weekend not counted).
        var onTheDay = Of(Evaluate(timeline, Monday.AddDays(7)), TimeLimitKind.Verification);
        var dayAfter = Of(Evaluate(timeline, Monday.AddDays(8)), TimeLimitKind.Verification);

        Assert.Equal(Monday.AddDays(7), onTheDay.DueOn);
        Assert.False(onTheDay.Late);
        Assert.True(dayAfter.Overdue);
    }

    [Fact]
    public void Verification_CountsHolidaysOut()
    {
        var holidays = new HashSet<DateOnly> { Monday.AddDays(1) };

        var check = Of(Evaluate(new CaseTimeline(Monday, Monday, null, null, null, null), Monday, holidays), TimeLimitKind.Verification);

        Assert.Equal(Monday.AddDays(8), check.DueOn);
    }

    [Fact]
    public void Verification_DecidedAfterItsDay_StaysLateButIsNoLongerOverdue()
    {
        var check = Of(Evaluate(new CaseTimeline(Monday, Monday, Monday.AddDays(8), null, null, null), Monday.AddDays(20)), TimeLimitKind.Verification);

        Assert.Equal(Monday.AddDays(8), check.MetOn);
        Assert.True(check.Late);
        Assert.False(check.Overdue);
    }

    [Fact]
    public void Feedback_CountsFromTheLastWordToTheReporter()
    {
        // Last feedback Friday 6 November; ten working days on is Friday 20 November.
        var timeline = new CaseTimeline(Monday, Monday, Monday.AddDays(1), Monday.AddDays(1), Monday.AddDays(4), null);

        var due = Of(Evaluate(timeline, Monday.AddDays(18)), TimeLimitKind.Feedback);
        var past = Of(Evaluate(timeline, Monday.AddDays(19)), TimeLimitKind.Feedback);

        Assert.Equal(new DateOnly(2026, 11, 20), due.DueOn);
        Assert.False(due.Late);
        Assert.True(past.Overdue);
    }

    [Fact]
    public void Feedback_WithNoWordYet_CountsFromReceipt()
    {
        var check = Of(Evaluate(new CaseTimeline(Monday, Monday, null, null, null, null), Monday), TimeLimitKind.Feedback);

        Assert.Equal(Monday.AddDays(14), check.DueOn);
    }

    [Fact]
    public void ClosedCase_OwesNoFeedback()
    {
        var check = Of(Evaluate(new CaseTimeline(Monday, Monday, Monday, Monday, Monday, Monday.AddDays(1)), Monday.AddDays(100)), TimeLimitKind.Feedback);

        Assert.Null(check.DueOn);
        Assert.False(check.Late);
        Assert.Equal(Monday, check.MetOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void LatestStart_IsTheLastDayWhoseLimitFallsByTheGivenDay(int days)
    {
        var holidays = new HashSet<DateOnly> { new(2026, 12, 24), new(2026, 12, 25), new(2027, 1, 1) };
        for (var lastDue = new DateOnly(2026, 12, 1); lastDue < new DateOnly(2027, 1, 20); lastDue = lastDue.AddDays(1))
        {
            var start = TimeLimitRules.LatestStart(days, lastDue, holidays);

            Assert.True(WorkingDays.Add(start, days, holidays) <= lastDue, $"{days} from {start} for {lastDue}");
            Assert.True(WorkingDays.Add(start.AddDays(1), days, holidays) > lastDue, $"{days} from the day after {start} for {lastDue}");
        }
    }
}
