using Wbs.Web.Api;
using System.Globalization;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Features.Statistik;

public sealed record AverageResolutionDto(long Months, int Days, int Hours, string Text);

public sealed record NamedCountDto(string Name, long Count);

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

public static class StatisticsEndpoints
{
    public static RouteGroupBuilder MapStatisticsEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("/statistics", async Task<IResult> (string? year, PublicStatistics statistics, CancellationToken ct) =>
        {
            var chosen = statistics.CurrentYear;
            if (!string.IsNullOrWhiteSpace(year)
                && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out chosen) || !statistics.IsPublishedYear(chosen)))
            {
                return ApiEndpoints.Invalid(new Dictionary<string, string>
                {
                    ["year"] = $"year harus tahun empat angka antara {StatisticsCalendar.MinYear} dan {statistics.CurrentYear}.",
                });
            }

            return TypedResults.Ok(StatisticsDto.From(await statistics.ForYearAsync(chosen, ct)));
        })
        .CacheOutput(PublicPageCachePolicy.Name)
        .WithTags("Statistik")
        .WithSummary("Public statistics for a year (default: the current year in the agency's time zone)")
        .Produces<StatisticsDto>()
        .ProducesValidationProblem();
        return v1;
    }
}
