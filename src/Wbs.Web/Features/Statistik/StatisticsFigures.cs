namespace Wbs.Web.Features.Statistik;

/// <summary>Everything the public statistics show for one year; the page and the JSON read the same record.</summary>
public sealed record StatisticsFigures(
    int Year,
    long TotalReports,
    long TotalReportsAllTime,
    ResolutionDuration AverageResolution,
    IReadOnlyList<long> Monthly,
    IReadOnlyList<NamedCount> ByViolationType,
    IReadOnlyList<NamedCount> ByStatus,
    IReadOnlyList<int> YearsWithReports)
{
    /// <summary>The <see cref="StatisticsStamp"/> these figures were computed at; keys the rendered charts' cache.</summary>
    public long Stamp { get; init; }

    /// <summary>The year's reports per channel (kanal), every channel listed; reports of kinds filed only on the site count as "Situs web".</summary>
    public IReadOnlyList<NamedCount> ByChannel { get; init; } = [];
}
