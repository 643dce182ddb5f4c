namespace Wbs.Web.Features.Statistik;

/// <summary>GET /api/v1/statistics, in the shape the API contract promises and the same figures as the pages.</summary>
public sealed record StatisticsDto(
    int Year, long TotalReports, long TotalReportsAllTime, AverageResolutionDto AverageResolution,
    IReadOnlyList<long> Monthly, IReadOnlyList<NamedCountDto> ByViolationType, IReadOnlyList<NamedCountDto> ByStatus)
{
    /// <summary>The year's reports per channel (kanal): the site, letters, the complaint box, the front desk, …</summary>
    public IReadOnlyList<NamedCountDto> ByChannel { get; init; } = [];

    public static StatisticsDto From(StatisticsFigures f) => new(
        f.Year, f.TotalReports, f.TotalReportsAllTime,
        new AverageResolutionDto(f.AverageResolution.Months, f.AverageResolution.Days, f.AverageResolution.Hours, f.AverageResolution.Text),
        f.Monthly,
        f.ByViolationType.Select(c => new NamedCountDto(c.Name, c.Count)).ToList(),
        f.ByStatus.Select(c => new NamedCountDto(c.Name, c.Count)).ToList())
    {
        ByChannel = f.ByChannel.Select(c => new NamedCountDto(c.Name, c.Count)).ToList(),
    };
}
