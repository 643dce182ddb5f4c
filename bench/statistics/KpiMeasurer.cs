using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Features.LaporanBerkala;
using Wbs.Web.Infrastructure;

namespace Wbs.StatisticsBench;

/// <summary>
/// How long the Laporan Berkala page's work takes on the filled database: the figures of a whole year (the largest
/// period) and of one quarter, each built in a fresh scope as a request would, plus its xlsx and PDF renderings.
/// After a warm-up pass the first run of each is reported apart, then the median and the slowest of the rest.
/// </summary>
internal static class KpiMeasurer
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var runs = Math.Clamp(options.Int("runs", 5), 2, 50);
        await using var app = await options.BuildAppServicesAsync();
        int year;
        int total;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            year = scope.ServiceProvider.GetRequiredService<AgencyClock>().Today.Year - 1;
            total = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Complaints.CountAsync();
        }

        // One pass over every measurement first, so that what follows runs on optimized code (tiered compilation) and warm plans.
        await TimeAsync(app.Services, 2, async reports => (await reports.BuildAsync(new ReportPeriod(year, null), default)).Total.Received);
        await TimeAsync(app.Services, 2, async reports => (await reports.BuildAsync(new ReportPeriod(year, 2), default)).Total.Received);

        Console.WriteLine(Invariant($"Laporan Berkala on {total:N0} reports, {runs} runs each (first run apart):"));
        Console.WriteLine("| period | complaints in period | first ms | median ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var period in new[] { new ReportPeriod(year, null), new ReportPeriod(year, 2) })
        {
            var (count, first, median, max) = await TimeAsync(app.Services, runs, async reports => (await reports.BuildAsync(period, default)).Total.Received);
            Console.WriteLine(Invariant($"| {period.Label} (figures) | {count:N0} | {first:F0} | {median:F0} | {max:F0} |"));
        }

        var yearPeriod = new ReportPeriod(year, null);
        var agency = app.Services.GetRequiredService<IOptionsMonitor<AgencyOptions>>().CurrentValue;
        var clock = app.Services.GetRequiredService<AgencyClock>();
        var (_, xFirst, xMedian, xMax) = await TimeAsync(app.Services, runs, async reports => PeriodicReportXlsx.Render(await reports.BuildAsync(yearPeriod, default), clock).Length);
        Console.WriteLine(Invariant($"| {yearPeriod.Label} (figures + xlsx) | | {xFirst:F0} | {xMedian:F0} | {xMax:F0} |"));
        var (_, pFirst, pMedian, pMax) = await TimeAsync(app.Services, runs, async reports => PeriodicReportPdf.Render(await reports.BuildAsync(yearPeriod, default), agency, clock).Length);
        Console.WriteLine(Invariant($"| {yearPeriod.Label} (figures + PDF) | | {pFirst:F0} | {pMedian:F0} | {pMax:F0} |"));
        return 0;
    }

    private static async Task<(int Result, double First, double Median, double Max)> TimeAsync(IServiceProvider services, int runs, Func<PeriodicReports, Task<int>> work)
    {
        var times = new List<double>();
        var result = 0;
        for (var i = 0; i < runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var reports = scope.ServiceProvider.GetRequiredService<PeriodicReports>();
            var watch = Stopwatch.StartNew();
            result = await work(reports);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var rest = times.Skip(1).Order().ToList();
        return (result, times[0], rest[rest.Count / 2], rest[^1]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
