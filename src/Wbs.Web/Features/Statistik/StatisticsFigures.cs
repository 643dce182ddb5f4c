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

public sealed record NamedCount(string Name, long Count);

/// <summary>One group of a report kind's year: reports submitted in a local month, with a category and a current status.</summary>
public sealed record BucketRow(int Month, string Category, string Status, long Count, long ResolvedCount, double ResolvedSeconds);

/// <summary>What one report kind contributes to a year: its groups, plus every category and status it can show (zeros included).</summary>
public sealed record KindYear(IReadOnlyList<BucketRow> Rows, IReadOnlyList<string> Categories, IReadOnlyList<string> Statuses)
{
    /// <summary>The kind's reports of the year per channel; null for a kind filed only on the site.</summary>
    public IReadOnlyList<NamedCount>? ByChannel { get; init; }
}

/// <summary>A kind's reports of all time, and the local years in which it received any.</summary>
public sealed record KindTotals(long AllTime, IReadOnlyList<int> Years);
