using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report's figures from a set of <see cref="KpiCase"/>s; no database, so each is tested on a hand-built set.</summary>
public static class KpiCalculator
{
    public const string NoUnit = "Tanpa unit kerja";

    /// <summary>The figures of one group, counted on <paramref name="today"/> (open cases past their deadline or limit).</summary>
    public static KpiRow Row(string name, IReadOnlyCollection<KpiCase> cases, DateOnly today, IReadOnlySet<DateOnly> holidays, Func<CaseTimeline, bool> pastTimeLimit)
    {
        var verification = Durations(cases, c => c.Timeline.VerifiedOn, holidays);
        var feedback = Durations(cases, c => c.Timeline.FirstFeedbackOn, holidays);
        var closing = Durations(cases, c => c.Timeline.ClosedOn, holidays);
        var open = cases.Where(c => c.Timeline.IsOpen).ToList();
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
            open.Count(c => c.DueOn is { } due && due < today),
            open.Count(c => pastTimeLimit(c.Timeline)));
    }

    /// <summary>One row per distinct key, in the order of <paramref name="order"/> (keys with no complaint are left out).</summary>
    public static List<KpiRow> Rows<TKey>(IReadOnlyCollection<KpiCase> cases, Func<KpiCase, TKey> key, Func<TKey, string> name, IEnumerable<TKey> order,
        DateOnly today, IReadOnlySet<DateOnly> holidays, Func<CaseTimeline, bool> pastTimeLimit) where TKey : notnull
    {
        var groups = cases.GroupBy(key).ToDictionary(g => g.Key, g => (IReadOnlyCollection<KpiCase>)g.ToList());
        return [.. order.Distinct().Where(groups.ContainsKey).Select(k => Row(name(k), groups[k], today, holidays, pastTimeLimit))];
    }

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
