using Wbs.Web.Data;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// The published figures for a year, computed from every report kind and cached per node until the
/// <see cref="StatisticsStamp"/> moves; each request costs one primary-key read while nothing changes.
/// </summary>
public sealed class PublicStatistics(
    IEnumerable<IReportKindStatistics> kinds, WbsDbContext db, AgencyClock clock, StatisticsCache cache)
{
    public int CurrentYear => clock.Today.Year;

    /// <summary>Years that can be asked for: bounded, so nobody fills the cache with empty centuries.</summary>
    public bool IsPublishedYear(int year) => year >= StatisticsCalendar.MinYear && year <= CurrentYear;

    public async Task<StatisticsFigures> ForYearAsync(int year, CancellationToken ct)
    {
        if (!IsPublishedYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Not a published year.");
        }

        // Read the stamp first: a change landing while we compute then only causes one extra recomputation.
        var stamp = await StatisticsStamp.ReadAsync(db, ct);
        var current = CurrentYear;
        if (cache.TryGet(year, current, stamp, out var cached))
        {
            return cached;
        }

        // One computation per node at a time; the others wait and take its result.
        await cache.Gate.WaitAsync(ct);
        try
        {
            if (cache.TryGet(year, current, stamp, out cached))
            {
                return cached;
            }

            var figures = await ComputeAsync(year, current, ct) with { Stamp = stamp };
            cache.Set(year, current, stamp, figures);
            return figures;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    private async Task<StatisticsFigures> ComputeAsync(int year, int currentYear, CancellationToken ct)
    {
        var monthStarts = StatisticsCalendar.MonthStartsUtc(year, clock.Zone);
        var perKind = new List<KindYear>();
        var totals = new List<KindTotals>();
        // Sequential: the kinds share one DbContext, which allows one query at a time.
        foreach (var kind in kinds)
        {
            perKind.Add(await kind.YearAsync(monthStarts, ct));
            totals.Add(await kind.TotalsAsync(ct));
        }

        return StatisticsCalculator.Combine(year, perKind, totals, currentYear);
    }
}
