using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Data;
using Wbs.Web.Features.Statistik;

namespace Wbs.StatisticsBench;

/// <summary>
/// Requests per second and latency percentiles of the home page, /statistik and the JSON against a running app on
/// this machine only, each for a bounded time; optionally the cold case, right after the statistics stamp moved.
/// </summary>
internal static class Measurer
{
    private static readonly (string Name, string Path)[] Targets =
        [("Beranda /", "/"), ("/statistik", "/statistik"), ("GET /api/v1/statistics", "/api/v1/statistics")];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var url = new Uri(options.Text("url") ?? "http://127.0.0.1:5302");
        if (!url.IsLoopback)
        {
            await Console.Error.WriteLineAsync("The benchmark only talks to an app on this machine (127.0.0.1).");
            return 2;
        }

        var duration = TimeSpan.FromSeconds(Math.Clamp(options.Int("seconds", 10), 1, 60));
        var concurrency = Math.Clamp(options.Int("concurrency", 8), 1, 64);
        var cold = Math.Clamp(options.Int("cold", 0), 0, 100);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

        Console.WriteLine($"| page | requests/s | p50 ms | p95 ms | p99 ms | errors |   ({concurrency} concurrent, {duration.TotalSeconds:F0} s each)");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, path) in Targets)
        {
            await client.GetAsync(path);
            var (rate, latencies, errors) = await LoadAsync(client, path, duration, concurrency);
            Console.WriteLine(Invariant($"| {name} | {rate:N0} | {Percentile(latencies, 50):F1} | {Percentile(latencies, 95):F1} | {Percentile(latencies, 99):F1} | {errors} |"));
        }

        if (cold > 0)
        {
            await MeasureColdAsync(options, client, cold);
        }

        return 0;
    }

    private static async Task<(double Rate, List<double> Latencies, int Errors)> LoadAsync(
        HttpClient client, string path, TimeSpan duration, int concurrency)
    {
        var watch = Stopwatch.StartNew();
        var errors = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }

            return mine;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return (all.Count / watch.Elapsed.TotalSeconds, all, errors);
    }

    /// <summary>The first request after a change: the stamp moves, so the figures are computed again from the database.</summary>
    private static async Task MeasureColdAsync(BenchOptions options, HttpClient client, int times)
    {
        await using var app = await options.BuildAppServicesAsync();
        Console.WriteLine();
        Console.WriteLine($"| first request after a change | p50 ms | p95 ms | max ms |   ({times} times)");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, path) in Targets)
        {
            var latencies = new List<double>();
            for (var i = 0; i < times; i++)
            {
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await StatisticsStamp.BumpAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>(), default);
                }

                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            Console.WriteLine(Invariant($"| {name} | {Percentile(latencies, 50):F1} | {Percentile(latencies, 95):F1} | {latencies.Max():F1} |"));
        }
    }

    private static double Percentile(List<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100d * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
