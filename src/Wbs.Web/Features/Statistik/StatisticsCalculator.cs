using Wbs.Web.Domain;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// Adds up what every report kind (complaints; later gratification reports) returned into the published figures.
/// Kinds are merged by name: a status or category two kinds share is one bar.
/// </summary>
public static class StatisticsCalculator
{
    public static StatisticsFigures Combine(int year, IReadOnlyList<KindYear> kinds, IReadOnlyList<KindTotals> totals, int currentYear)
    {
        var monthly = new long[12];
        var byCategory = new Dictionary<string, long>(StringComparer.Ordinal);
        var byStatus = new Dictionary<string, long>(StringComparer.Ordinal);
        var categoryOrder = new List<string>();
        var statusOrder = new List<string>();
        long total = 0, resolved = 0;
        double resolvedSeconds = 0;

        foreach (var kind in kinds)
        {
            AddNames(categoryOrder, byCategory, kind.Categories);
            AddNames(statusOrder, byStatus, kind.Statuses);
            foreach (var row in kind.Rows)
            {
                if (row.Month is < 1 or > 12)
                {
                    throw new ArgumentException($"Month {row.Month} is outside 1–12.", nameof(kinds));
                }

                monthly[row.Month - 1] += row.Count;
                total += row.Count;
                resolved += row.ResolvedCount;
                resolvedSeconds += row.ResolvedSeconds;
                AddNames(categoryOrder, byCategory, [row.Category]);
                AddNames(statusOrder, byStatus, [row.Status]);
                byCategory[row.Category] += row.Count;
                byStatus[row.Status] += row.Count;
            }
        }

        // Every channel in its fixed order, zeros included; a kind without channels was filed on the site.
        var byChannel = Enum.GetValues<ComplaintChannel>().ToDictionary(c => c.Display(), _ => 0L, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            foreach (var (name, count) in kind.ByChannel ?? [new NamedCount(ComplaintChannel.Web.Display(), kind.Rows.Sum(r => r.Count))])
            {
                byChannel[name] = byChannel.GetValueOrDefault(name) + count;
            }
        }

        var pickable = totals.SelectMany(t => t.Years).Append(currentYear).Append(year).Distinct().OrderDescending().ToList();

        return new StatisticsFigures(
            year,
            total,
            totals.Sum(t => t.AllTime),
            ResolutionDuration.Mean(resolvedSeconds, resolved),
            monthly,
            categoryOrder.Select(name => new NamedCount(name, byCategory[name])).ToList(),
            statusOrder.Select(name => new NamedCount(name, byStatus[name])).ToList(),
            pickable)
        {
            ByChannel = byChannel.Select(c => new NamedCount(c.Key, c.Value)).ToList(),
        };
    }

    private static void AddNames(List<string> order, Dictionary<string, long> counts, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (counts.TryAdd(name, 0))
            {
                order.Add(name);
            }
        }
    }
}
