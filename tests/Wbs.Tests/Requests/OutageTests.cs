using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Xunit.Abstractions;

namespace Wbs.Tests.Requests;

/// <summary>
/// PostgreSQL really goes away: a server of the test's own is stopped (<c>pg_ctl stop -m fast</c>) while reporters
/// submit, a signed-in reporter opens pages and a monitor asks /health/ready, and is started again. Nothing is
/// simulated: sessions are ended by the server, pooled connections break, new ones are refused. Runs in the step of
/// scripts/test.sh that runs on PostgreSQL alone (trait Category=Cluster), where it does not compete with the two
/// database passes for the processor. <see cref="ErrorAnswerTests"/> keeps the cut connection string for SQLite.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class OutageTests(ITestOutputHelper output)
{
    private const string TitlePrefix = "Pungutan uji padam nomor ";
    private static readonly TimeSpan Downtime = TimeSpan.FromSeconds(5);

    private enum Phase
    {
        Before,
        Stopping,
        Down,
        Starting,
        After,
    }

    [Fact]
    public async Task PostgresStoppedAndStartedWhileRequestsRun_Answers503NeverHtmlOr500_StoresNothingHalf_RecoversAlone()
    {
        Assert.True(TestDatabase.IsPostgres, "The outage test runs on PostgreSQL: WBS_TEST_DATABASE=postgres (it starts a server of its own).");
        using var server = OutageServer.Create();
        using var factory = new WbsFactory();
        factory.Settings["ConnectionStrings:Wbs"] = server.ConnectionString("wbs_outage");
        factory.Settings["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000";
        factory.Settings["Wbs:Database:ConnectionWaitSeconds"] = "3";

        var reporters = new List<ApiClient>();
        for (var r = 0; r < 3; r++)
        {
            var reporter = factory.CreateApiClient();
            await reporter.SignUpAsync();
            await reporter.ViolationTypesAsync();
            reporters.Add(reporter);
        }

        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        using var monitor = factory.CreateClient();

        var phase = (int)Phase.Before;
        Phase Now() => (Phase)Volatile.Read(ref phase);
        void Enter(Phase next) => Volatile.Write(ref phase, (int)next);
        var answers = new ConcurrentQueue<(string Kind, Phase Started, Phase Ended, int Status)>();
        var problems = new ConcurrentQueue<string>();
        var acknowledged = new ConcurrentDictionary<int, (string Number, ApiClient Owner)>();
        var attempted = new ConcurrentDictionary<int, bool>();
        var next = 0;
        using var stop = new CancellationTokenSource();
        var readyAgain = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);

        void Record(string kind, Phase started, int status, string? problem)
        {
            answers.Enqueue((kind, started, Now(), status));
            if (problem is not null)
            {
                problems.Enqueue($"{kind} in phase {started}: {problem}");
            }
        }

        var submitters = reporters.Select(async reporter =>
        {
            while (!stop.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                var report = new ComplaintBuilder { Title = $"{TitlePrefix}{i:000}" };
                if (i % 3 == 0)
                {
                    report.WithFiles(SampleFiles.Png($"foto-{i}.png"));
                }

                attempted[i] = i % 3 == 0;
                var started = Now();
                using var response = await reporter.CreateReportAsync(report);
                var body = await response.Content.ReadAsStringAsync();
                Record("api", started, (int)response.StatusCode, CheckApi(response, body));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged[i] = ((await ApiClient.JsonAsync(response)).GetProperty("registrationNumber").GetString()!, reporter);
                }

                await Task.Delay(100);
            }
        }).ToList();
        var pages = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Now();
                using var response = await browser.Http.GetAsync("/Pengaduan");
                Record("page", started, (int)response.StatusCode, await CheckPageAsync(response));
                await Task.Delay(150);
            }
        });
        var probes = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Now();
                using var response = await monitor.GetAsync("/health/ready");
                var body = await response.Content.ReadAsStringAsync();
                Record("ready", started, (int)response.StatusCode, response.StatusCode switch
                {
                    HttpStatusCode.OK when body.Contains("\"ready\"", StringComparison.Ordinal) => null,
                    HttpStatusCode.ServiceUnavailable when body.Contains("not ready", StringComparison.Ordinal) => null,
                    _ => $"{(int)response.StatusCode} {body}",
                });
                if (started == Phase.After && response.StatusCode == HttpStatusCode.OK)
                {
                    readyAgain.TrySetResult(DateTime.UtcNow);
                }

                await Task.Delay(200);
            }
        });
        var all = submitters.Append(pages).Append(probes).ToList();

        // Some reports are stored before the server goes away.
        var clock = Stopwatch.StartNew();
        while (acknowledged.Count < 6)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "No submission was acknowledged before the outage: " + string.Join(" | ", problems));
            await Task.Delay(100);
        }

        Enter(Phase.Stopping);
        var stopWatch = Stopwatch.StartNew();
        server.StopFast();
        var stopTook = stopWatch.Elapsed;
        var acknowledgedAtStop = acknowledged.Count;
        Enter(Phase.Down);
        await Task.Delay(Downtime);
        Enter(Phase.Starting);
        server.Start();
        var startedAt = DateTime.UtcNow;
        Enter(Phase.After);
        var acknowledgedAtStart = acknowledged.Count;

        // The node finds its database again by itself: no restart, no manual step.
        clock.Restart();
        var readyAgainAt = await readyAgain.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var acknowledgedAtReady = acknowledged.Count;
        while (acknowledged.Count < acknowledgedAtReady + 9)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "Submissions did not succeed again after the server was back: " + string.Join(" | ", problems.TakeLast(5)));
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(all);

        var seen = answers.ToList();
        string Counts(string kind, Func<(string Kind, Phase Started, Phase Ended, int Status), bool> which) =>
            string.Join(", ", seen.Where(a => a.Kind == kind && which(a)).GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}"));
        foreach (var kind in new[] { "api", "page", "ready" })
        {
            output.WriteLine($"{kind,-5} before: {Counts(kind, a => a.Ended == Phase.Before)}; across the stop or the start: "
                + $"{Counts(kind, a => a.Started != a.Ended || a.Started is Phase.Stopping or Phase.Starting)}; "
                + $"down: {Counts(kind, a => a is { Started: Phase.Down, Ended: Phase.Down })}; after: {Counts(kind, a => a is { Started: Phase.After })}");
        }

        output.WriteLine($"pg_ctl stop -m fast took {stopTook.TotalSeconds:0.0} s; server down {Downtime.TotalSeconds:0} s; "
            + $"/health/ready answered ready {(readyAgainAt - startedAt).TotalSeconds:0.0} s after the server was up; "
            + $"acknowledged submissions: {acknowledgedAtStop} at the stop, {acknowledgedAtStart} at the start, {acknowledged.Count} in all, of {next} sent");

        // Every answer was one the contract allows: 201 or a 503 problem, 200 or the calm 503 page, ready or not ready.
        Assert.True(problems.IsEmpty, string.Join("\n", problems));
        Assert.DoesNotContain(seen, a => a.Status >= 500 && a.Status != 503);

        // While the server was away, every path said so.
        foreach (var kind in new[] { "api", "page", "ready" })
        {
            var down = seen.Where(a => a.Kind == kind && a is { Started: Phase.Down, Ended: Phase.Down }).ToList();
            Assert.True(down.Count > 0, $"No {kind} request ran while the server was down.");
            Assert.All(down, a => Assert.Equal(503, a.Status));
        }

        // The last answers of each path, well after the restart, are successes again.
        Assert.Equal(200, seen.Last(a => a.Kind == "ready").Status);
        Assert.Equal(200, seen.Last(a => a.Kind == "page").Status);
        Assert.Equal(201, seen.Last(a => a.Kind == "api").Status);

        await VerifyStoredAsync(factory, reporters, attempted, acknowledged);
        foreach (var reporter in reporters)
        {
            reporter.Dispose();
        }
    }

    // Every acknowledged submission is stored whole; no report is stored twice or without its evidence; numbers have
    // no gap. A report committed while its answer was lost (server gone between the commit and the answer) may be
    // stored without an acknowledgement, but once at most.
    private static async Task VerifyStoredAsync(
        WbsFactory factory, List<ApiClient> reporters, ConcurrentDictionary<int, bool> attempted,
        ConcurrentDictionary<int, (string Number, ApiClient Owner)> acknowledged)
    {
        var storedTitles = new List<(int Index, string Number, int Attachments)>();
        foreach (var reporter in reporters)
        {
            var list = await reporter.GetJsonAsync("/api/v1/reports");
            foreach (var item in list.EnumerateArray())
            {
                var number = item.GetProperty("registrationNumber").GetString()!;
                var detail = await reporter.GetJsonAsync($"/api/v1/reports/{number}");
                var title = detail.GetProperty("title").GetString()!;
                Assert.StartsWith(TitlePrefix, title, StringComparison.Ordinal);
                storedTitles.Add((int.Parse(title[TitlePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture), number, detail.GetProperty("attachments").GetArrayLength()));
            }
        }

        foreach (var (i, (number, _)) in acknowledged)
        {
            Assert.Contains(storedTitles, s => s.Index == i && s.Number == number);
        }

        Assert.All(storedTitles.GroupBy(s => s.Index), g => Assert.True(g.Count() == 1, $"Submission {g.Key} is stored {g.Count()} times."));
        Assert.All(storedTitles, s => Assert.Equal(attempted[s.Index] ? 1 : 0, s.Attachments));

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var complaints = await db.Complaints.AsNoTracking().Select(c => new { c.Id, c.Year, c.Sequence }).ToListAsync();
        Assert.Equal(storedTitles.Count, complaints.Count);
        foreach (var year in complaints.GroupBy(c => c.Year))
        {
            Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(c => c.Sequence).Order());
        }

        var ids = complaints.Select(c => c.Id).ToHashSet();
        var attachments = await db.Attachments.AsNoTracking().Select(a => new { a.ReportId, HasBlob = a.Blob != null }).ToListAsync();
        Assert.All(attachments, a => Assert.True(ids.Contains(a.ReportId) && a.HasBlob, "An evidence row without its report or its bytes."));
        Assert.Equal(storedTitles.Sum(s => s.Attachments), attachments.Count);
    }

    private static string? CheckApi(HttpResponseMessage response, string body)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        return response.StatusCode switch
        {
            HttpStatusCode.Created => null,
            HttpStatusCode.ServiceUnavailable when type == "application/problem+json" && response.Headers.RetryAfter?.Delta > TimeSpan.Zero
                && body.Contains("Layanan sedang tidak tersedia", StringComparison.Ordinal) => null,
            _ => $"{(int)response.StatusCode} {type} Retry-After={response.Headers.RetryAfter}: {body[..Math.Min(body.Length, 300)]}",
        };
    }

    private static async Task<string?> CheckPageAsync(HttpResponseMessage response)
    {
        var type = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode == HttpStatusCode.OK && type == "text/html")
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && type == "text/html" && response.Headers.RetryAfter?.Delta > TimeSpan.Zero)
        {
            var page = await PageClient.ParseAsync(response);
            return page.QuerySelector("h1")?.TextContent.Trim() == "Layanan sedang sibuk"
                ? null
                : "503 without the calm page: " + page.QuerySelector("h1")?.TextContent.Trim();
        }

        var body = await response.Content.ReadAsStringAsync();
        return $"{(int)response.StatusCode} {type}: {body[..Math.Min(body.Length, 300)]}";
    }
}
