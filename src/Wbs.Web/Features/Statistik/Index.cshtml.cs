using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Statistik;

/// <summary>The statistics page; for anonymous visitors served whole from the node's cache (<see cref="PublicPageCachePolicy"/>).</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public class IndexModel(PublicStatistics statistics) : PageModel
{
    public StatisticsFigures Figures { get; private set; } = null!;

    public StatistikView View => new(Figures, "/statistik");

    /// <summary>?tahun=YYYY; a year outside the published range shows the current year instead.</summary>
    public async Task OnGetAsync(int? tahun, CancellationToken ct)
    {
        var year = tahun is { } asked && statistics.IsPublishedYear(asked) ? asked : statistics.CurrentYear;
        Figures = await statistics.ForYearAsync(year, ct);
    }
}
