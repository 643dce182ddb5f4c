using Wbs.Web.Api;
using System.Globalization;

namespace Wbs.Web.Features.Statistik;

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
