using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Features.LaporanBerkala;

namespace Wbs.Tests.LaporanBerkala;

/// <summary>Every figure of the periodic report on a hand-built set of six complaints whose answers are worked out below.</summary>
public sealed class KpiCalculatorTests
{
    private static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    // Received Monday 5 January 2026; "today" is Monday 2 March 2026.
    private static readonly DateOnly Received = new(2026, 1, 5);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static DateOnly WorkingDay(int n) => WorkingDays.Add(Received, n, NoHolidays);

    private static KpiCase Case(ComplaintChannel channel, string type, string? unit, ComplaintStatus status, ComplaintOutcome? outcome, bool followedUp,
        DateOnly? due, int? verifiedAfter, int? feedbackAfter, int? closedAfter) =>
        new(channel, type, unit, status, outcome, followedUp, due,
            new CaseTimeline(Received, Received, verifiedAfter is { } v ? WorkingDay(v) : null, feedbackAfter is { } f ? WorkingDay(f) : null,
                feedbackAfter is { } l ? WorkingDay(l) : null, closedAfter is { } c ? WorkingDay(c) : null));

    /// <summary>
    /// A: web, Suap, Dinas A, Selesai terbukti, verified after 2, feedback 1, closed 30 (followed up).
    /// B: web, Suap, Dinas A, Selesai tidak terbukti, verified 4, feedback 4, closed 40 (followed up).
    /// C: letter, Pungli, Dinas B, Ditolak, verified 6, feedback 6, closed 6.
    /// D: letter, Pungli, no unit, Diteruskan after follow-up, verified 3, feedback 2, closed 20.
    /// E: web, Suap, Dinas B, Ditindaklanjuti, verified 5, feedback 5, open, deadline passed.
    /// F: phone, Pungli, Dinas A, Diterima, nothing yet, deadline passed; and past the verification limit.
    /// </summary>
    private static readonly List<KpiCase> Cases =
    [
        Case(ComplaintChannel.Web, "Suap", "Dinas A", ComplaintStatus.Selesai, ComplaintOutcome.Terbukti, true, null, 2, 1, 30),
        Case(ComplaintChannel.Web, "Suap", "Dinas A", ComplaintStatus.Selesai, ComplaintOutcome.TidakTerbukti, true, null, 4, 4, 40),
        Case(ComplaintChannel.Surat, "Pungli", "Dinas B", ComplaintStatus.Ditolak, null, false, null, 6, 6, 6),
        Case(ComplaintChannel.Surat, "Pungli", null, ComplaintStatus.Diteruskan, null, true, null, 3, 2, 20),
        Case(ComplaintChannel.Web, "Suap", "Dinas B", ComplaintStatus.Ditindaklanjuti, null, true, Today.AddDays(-1), 5, 5, null),
        Case(ComplaintChannel.Telepon, "Pungli", "Dinas A", ComplaintStatus.Diterima, null, false, Today.AddDays(-30), null, null, null),
    ];

    private static bool PastLimit(CaseTimeline t) => TimeLimitRules.Evaluate(t, 0, 5, 10, Today, NoHolidays).Any(l => l.Overdue);

    private static KpiRow Total => KpiCalculator.Row("Semua", Cases, Today, NoHolidays, PastLimit);

    [Fact]
    public void Counts_ReceivedVerifiedFollowedUpForwardedRejectedClosed()
    {
        var t = Total;

        Assert.Equal(6, t.Received);
        Assert.Equal(5, t.Verified);
        Assert.Equal(4, t.FollowedUp);
        Assert.Equal(1, t.Forwarded);
        Assert.Equal(1, t.Rejected);
        Assert.Equal(2, t.Closed);
    }

    [Fact]
    public void ProvenAndNotProven_CountOnlyClosedCases()
    {
        Assert.Equal(1, Total.Proven);
        Assert.Equal(1, Total.NotProven);
    }

    [Fact]
    public void TimeToVerification_MedianAndNinetiethPercentile()
    {
        // 2, 3, 4, 5, 6: median 4; nearest rank ceil(0.9 × 5) = 5 → 6.
        Assert.Equal(4, Total.VerificationMedian);
        Assert.Equal(6, Total.VerificationP90);
    }

    [Fact]
    public void TimeToFirstFeedback_MedianAndNinetiethPercentile()
    {
        // 1, 2, 4, 5, 6.
        Assert.Equal(4, Total.FeedbackMedian);
        Assert.Equal(6, Total.FeedbackP90);
    }

    [Fact]
    public void TimeToClosing_OfAnEvenCount_IsTheMeanOfTheMiddleTwo()
    {
        // 6, 20, 30, 40: median (20 + 30) / 2 = 25; nearest rank ceil(3.6) = 4 → 40.
        Assert.Equal(25, Total.ClosingMedian);
        Assert.Equal(40, Total.ClosingP90);
    }

    [Fact]
    public void OpenCasesPastTheirDeadlineOrAServiceLimit()
    {
        // E and F are open with deadlines before today; F has had no verification and no feedback for 40 working days, E's last
        // feedback (5 working days after receipt) is long past ten working days too.
        Assert.Equal(2, Total.OpenPastDeadline);
        Assert.Equal(2, Total.OpenPastTimeLimit);
    }

    [Fact]
    public void ByChannel_InTheChannelsOrder_LeavingOutChannelsWithoutComplaints()
    {
        var rows = KpiCalculator.Rows(Cases, c => c.Channel, c => c.Display(), Enum.GetValues<ComplaintChannel>(), Today, NoHolidays, PastLimit);

        Assert.Equal([ComplaintChannel.Web.Display(), ComplaintChannel.Surat.Display(), ComplaintChannel.Telepon.Display()], rows.Select(r => r.Name));
        Assert.Equal([3, 2, 1], rows.Select(r => r.Received));
        var web = rows[0];
        Assert.Equal(2, web.Closed);
        Assert.Equal(4, web.VerificationMedian);
        Assert.Equal(35, web.ClosingMedian);
        var phone = rows[2];
        Assert.Null(phone.VerificationMedian);
        Assert.Null(phone.VerificationP90);
    }

    [Fact]
    public void ByUnit_PutsComplaintsWithoutAUnitUnderTheirOwnRow()
    {
        var rows = KpiCalculator.Rows(Cases, c => c.Unit ?? KpiCalculator.NoUnit, n => n, ["Dinas A", "Dinas B", KpiCalculator.NoUnit], Today, NoHolidays, PastLimit);

        Assert.Equal([("Dinas A", 3), ("Dinas B", 2), (KpiCalculator.NoUnit, 1)], rows.Select(r => (r.Name, r.Received)));
        Assert.Equal(1, rows[2].Forwarded);
    }

    [Fact]
    public void EmptyGroup_HasZeroCountsAndNoTimes()
    {
        var row = KpiCalculator.Row("Kosong", [], Today, NoHolidays, PastLimit);

        Assert.Equal(0, row.Received);
        Assert.Null(row.ClosingMedian);
        Assert.Null(row.FeedbackP90);
    }

    [Theory]
    [InlineData(new[] { 7 }, 7.0, 7)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 5.5, 9)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, 6.0, 10)]
    [InlineData(new[] { 0, 0, 1 }, 0.0, 1)]
    public void MedianAndPercentile90_OnSortedValues(int[] values, double median, int p90)
    {
        Assert.Equal(median, KpiCalculator.Median(values));
        Assert.Equal(p90, KpiCalculator.Percentile90(values));
    }

    [Fact]
    public void Durations_CountWorkingDaysAfterTheDayReceived()
    {
        // Friday to the next Monday is one working day; the same day is zero.
        var friday = new DateOnly(2026, 1, 9);
        var cases = new[]
        {
            new KpiCase(ComplaintChannel.Web, "Suap", null, ComplaintStatus.Selesai, null, false, null, new CaseTimeline(friday, friday, friday.AddDays(3), null, null, friday)),
        };

        Assert.Equal([1], KpiCalculator.Durations(cases, c => c.Timeline.VerifiedOn, NoHolidays));
        Assert.Equal([0], KpiCalculator.Durations(cases, c => c.Timeline.ClosedOn, NoHolidays));
    }
}
