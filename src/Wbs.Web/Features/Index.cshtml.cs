using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features;

/// <summary>The home page; for anonymous visitors served whole from the node's cache (<see cref="PublicPageCachePolicy"/>).</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public class IndexModel(PublicStatistics statistics) : PageModel
{
    public StatisticsFigures Statistics { get; private set; } = null!;

    /// <summary>The year picker stays on the home page, at the statistics section.</summary>
    public StatistikView StatisticsView => new(Statistics, "/#statistik");

    /// <summary>?tahun=YYYY picks the statistics' year; anything else shows the current year.</summary>
    public async Task OnGetAsync(int? tahun, CancellationToken ct)
    {
        var year = tahun is { } asked && statistics.IsPublishedYear(asked) ? asked : statistics.CurrentYear;
        Statistics = await statistics.ForYearAsync(year, ct);
    }
}
