using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Statistik;

/// <summary>What the shared figures partial needs: the figures and where the year picker sends the visitor.</summary>
public sealed record StatistikView(StatisticsFigures Figures, string FormAction)
{
    /// <summary>The rendered figures change only with these; the page caches its markup under it.</summary>
    public string CacheKey => string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{FormAction}|{Figures.Year}|{Figures.Stamp}|{Figures.YearsWithReports[0]}");
}
