using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Statistik;

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
