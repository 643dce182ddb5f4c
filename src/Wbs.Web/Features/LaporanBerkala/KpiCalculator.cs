using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report's figures from a set of <see cref="KpiCase"/>s; no database, so each is tested on a hand-built set.</summary>
public static class KpiCalculator
{
    public const string NoUnit = "Tanpa unit kerja";

    /// <summary>The figures of one group, counted on <paramref name="today"/> (open cases past their deadline or limit).</summary>
    public static KpiRow Row(string name, IReadOnlyCollection<KpiCase> cases, DateOnly today, IReadOnlySet<DateOnly> holidays, Func<CaseTimeline, bool> pastTimeLimit) =>
        Row(name, Measure(cases, holidays, pastTimeLimit), today);

    /// <summary>One row per distinct key, in the order of <paramref name="order"/> (keys with no complaint are left out).</summary>
    public static List<KpiRow> Rows<TKey>(IReadOnlyCollection<KpiCase> cases, Func<KpiCase, TKey> key, Func<TKey, string> name, IEnumerable<TKey> order,
        DateOnly today, IReadOnlySet<DateOnly> holidays, Func<CaseTimeline, bool> pastTimeLimit) where TKey : notnull =>
        Rows(Measure(cases, holidays, pastTimeLimit), key, name, order, today);

    /// <summary>
    /// Each case's working days to each step and whether it is past a service limit, worked out once, so that the total
    /// and the three breakdowns count the same case without walking its calendar four times.
    /// </summary>
    public static List<MeasuredCase> Measure(IEnumerable<KpiCase> cases, IReadOnlySet<DateOnly> holidays, Func<CaseTimeline, bool> pastTimeLimit) =>
        [.. cases.Select(c => new MeasuredCase(c,
            Days(c.Timeline.ReceivedOn, c.Timeline.VerifiedOn, holidays),
            Days(c.Timeline.ReceivedOn, c.Timeline.FirstFeedbackOn, holidays),
            Days(c.Timeline.ReceivedOn, c.Timeline.ClosedOn, holidays),
            c.Timeline.IsOpen && pastTimeLimit(c.Timeline)))];

    public static KpiRow Row(string name, IReadOnlyCollection<MeasuredCase> measured, DateOnly today)
    {
        List<int> Sorted(Func<MeasuredCase, int?> days) => [.. measured.Select(days).OfType<int>().Order()];
        var verification = Sorted(m => m.VerificationDays);
        var feedback = Sorted(m => m.FeedbackDays);
        var closing = Sorted(m => m.ClosingDays);
        var cases = measured.Select(m => m.Case).ToList();
        return new KpiRow(
            name, cases.Count,
            cases.Count(c => c.Timeline.VerifiedOn is not null),
            cases.Count(c => c.ReachedFollowUp),
            cases.Count(c => c.Status == ComplaintStatus.Diteruskan),
            cases.Count(c => c.Status == ComplaintStatus.Ditolak),
            cases.Count(c => c.Status == ComplaintStatus.Selesai),
            cases.Count(c => c.Status == ComplaintStatus.Selesai && c.Outcome == ComplaintOutcome.Terbukti),
            cases.Count(c => c.Status == ComplaintStatus.Selesai && c.Outcome == ComplaintOutcome.TidakTerbukti),
            Median(verification), Percentile90(verification),
            Median(feedback), Percentile90(feedback),
            Median(closing), Percentile90(closing),
            cases.Count(c => c.Timeline.IsOpen && c.DueOn is { } due && due < today),
            measured.Count(m => m.PastTimeLimit));
    }

    public static List<KpiRow> Rows<TKey>(IReadOnlyCollection<MeasuredCase> measured, Func<KpiCase, TKey> key, Func<TKey, string> name, IEnumerable<TKey> order, DateOnly today)
        where TKey : notnull
    {
        var groups = measured.GroupBy(m => key(m.Case)).ToDictionary(g => g.Key, g => (IReadOnlyCollection<MeasuredCase>)g.ToList());
        return [.. order.Distinct().Where(groups.ContainsKey).Select(k => Row(name(k), groups[k], today))];
    }

    private static int? Days(DateOnly received, DateOnly? reached, IReadOnlySet<DateOnly> holidays) =>
        reached is { } day ? Math.Max(0, WorkingDays.Between(received, day, holidays)) : null;

    /// <summary>Working days from the day received (not counted) to the day a step was reached, for the cases that reached it.</summary>
    public static List<int> Durations(IEnumerable<KpiCase> cases, Func<KpiCase, DateOnly?> reached, IReadOnlySet<DateOnly> holidays) =>
        [.. cases.Select(c => (c.Timeline.ReceivedOn, Reached: reached(c)))
            .Where(c => c.Reached is not null)
            .Select(c => Math.Max(0, WorkingDays.Between(c.ReceivedOn, c.Reached!.Value, holidays)))
            .Order()];

    /// <summary>The middle value; of an even count, the mean of the two middle values. Null for none.</summary>
    public static double? Median(IReadOnlyList<int> sorted) =>
        sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    /// <summary>The nearest-rank 90th percentile: the smallest value with at least 90 % of the values at or below it.</summary>
    public static int? Percentile90(IReadOnlyList<int> sorted) =>
        sorted.Count == 0 ? null : sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
}
