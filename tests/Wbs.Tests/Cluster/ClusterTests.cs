using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Operations;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Xunit.Abstractions;

namespace Wbs.Tests.Cluster;

/// <summary>
/// Real parts: nginx as the load balancer in front of two published app nodes (separate processes) on one
/// PostgreSQL. An in-process app on the same database and key file stands in for the operator's tools (making a
/// staff account, reading the stored rows). Runs in its own step of scripts/test.sh (trait Category=Cluster).
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const int Submissions = 100;

    [Fact]
    public async Task TwoNodesBehindNginx_Journey_ThenSubmissionsWhileANodeIsKilled_AllAcknowledgedStoredOnceAndGapless()
    {
        Assert.True(TestDatabase.IsPostgres, "The cluster test runs on PostgreSQL: WBS_TEST_DATABASE=postgres and WBS_TEST_POSTGRES.");
        using var tools = new WbsFactory();
        tools.Settings["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000";
        var staff = await BackOfficeStaff.CreateAsync(tools, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(tools, staff);
        var environment = new Dictionary<string, string>
        {
            // The same database and the same key file as the tools: one deployment.
            ["Wbs__DataFolder"] = tools.DataFolder,
            ["Wbs__DatabaseProvider"] = "Postgres",
            ["ConnectionStrings__Wbs"] = tools.Services.GetRequiredService<IConfiguration>().GetConnectionString("Wbs")!,
            ["Wbs__TrustedProxies__0"] = "127.0.0.1",
            ["Wbs__RateLimits__SubmissionsPerAccountPerHour"] = "1000",
            ["Wbs__RateLimits__RegistrationPerAddressPer10Minutes"] = "1000",
        };
        await using var first = new AppNode("A", environment);
        await using var second = new AppNode("B", environment);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        output.WriteLine($"start-up of two published nodes at once (migrations under the lock): A {first.StartupTime.TotalSeconds:0.0} s, B {second.StartupTime.TotalSeconds:0.0} s");
        await using var balancer = new LoadBalancer();
        await balancer.StartAsync([first, second]);

        await JourneyAsync(balancer, [first, second], staff, tools);
        await SubmissionsWhileANodeIsKilledAsync(balancer, first, tools);

        var log = await File.ReadAllTextAsync(balancer.AccessLog);
        Assert.NotEmpty(log);
        Assert.DoesNotContain("/api/", log, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b127\.0\.0\.1 -", log);
    }

    // Register, file with a photo through the balancer, staff change the status on the other node, and the
    // statistics and the reporter's page, through the balancer on both nodes, show it at once.
    private static async Task JourneyAsync(LoadBalancer balancer, AppNode[] nodes, TestStaff staff, WbsFactory tools)
    {
        using var reporter = new ApiClient(new HttpClient { BaseAddress = balancer.Address });
        await reporter.SignUpAsync();
        string number;
        string filedOn;
        using (var created = await reporter.CreateReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png())))
        {
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            number = (await ApiClient.JsonAsync(created)).GetProperty("registrationNumber").GetString()!;
            filedOn = created.Headers.GetValues("X-Wbs-Node").Single();
        }

        var other = nodes.Single(n => !filedOn.EndsWith($":{n.Port}", StringComparison.Ordinal));
        var before = await StatusCountAsync(reporter, "Verifikasi");
        using (var staffApi = new ApiClient(new HttpClient { BaseAddress = other.Address }))
        {
            using var login = await BackOfficeStaff.LoginAsync(staffApi.Http, staff, await BackOfficeStaff.CodeAsync(tools, staff));
            Assert.True(login.StatusCode == HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
            staffApi.UseToken((await ApiClient.JsonAsync(login)).GetProperty("accessToken").GetString()!);
            using var moved = await staffApi.Http.PostAsJsonAsync($"/api/v1/staff/reports/{number}/status", new { status = "Verifikasi", internalNote = "Diperiksa di node lain." });
            Assert.True(moved.StatusCode == HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        }

        // At once, through the balancer and on each node directly.
        foreach (var address in nodes.Select(n => n.Address).Prepend(balancer.Address))
        {
            using var client = new ApiClient(new HttpClient { BaseAddress = address });
            client.UseToken(reporter.AccessToken!);
            var body = await client.GetJsonAsync($"/api/v1/reports/{number}");
            Assert.Equal("Verifikasi", body.GetProperty("status").GetString());
            Assert.Equal(1, body.GetProperty("attachments").GetArrayLength());
            Assert.Equal(before + 1, await StatusCountAsync(client, "Verifikasi"));
        }
    }

    private static async Task<long> StatusCountAsync(ApiClient client, string status)
    {
        var statistics = await client.GetJsonAsync("/api/v1/statistics");
        return statistics.GetProperty("byStatus").EnumerateArray()
            .Where(s => s.GetProperty("name").GetString() == status).Select(s => s.GetProperty("count").GetInt64()).SingleOrDefault();
    }

    // 100 submissions from four reporters, each retried with the same Idempotency-Key until it is acknowledged; node A
    // is killed after the first fifteen acknowledgements and started again.
    private async Task SubmissionsWhileANodeIsKilledAsync(LoadBalancer balancer, AppNode victim, WbsFactory tools)
    {
        var reporters = new List<ApiClient>();
        for (var i = 0; i < 4; i++)
        {
            var client = new ApiClient(new HttpClient { BaseAddress = balancer.Address, Timeout = TimeSpan.FromSeconds(60) });
            await client.SignUpAsync();
            await client.ViolationTypesAsync();
            reporters.Add(client);
        }

        var acknowledged = new ConcurrentDictionary<int, (string Number, ApiClient Owner)>();
        var failedAttempts = new ConcurrentBag<string>();
        var retried = 0;
        var replayed = 0;
        var queue = new ConcurrentQueue<int>(Enumerable.Range(1, Submissions));
        var killed = new TaskCompletionSource();
        var workers = reporters.Select(async reporter =>
        {
            while (queue.TryDequeue(out var i))
            {
                var key = Guid.NewGuid().ToString();
                for (var attempt = 1; ; attempt++)
                {
                    Assert.True(attempt <= 20, $"Submission {i} was never acknowledged: {string.Join(" | ", failedAttempts)}");
                    var report = new ComplaintBuilder { Title = $"Pungutan uji klaster nomor {i:000}" };
                    if (i % 10 == 0)
                    {
                        report.WithFiles(SampleFiles.Png($"foto-{i}.png"));
                    }

                    using var content = report.ApiForm(await reporter.ViolationTypesAsync());
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = content };
                    request.Headers.Add("Idempotency-Key", key);
                    try
                    {
                        using var response = await reporter.Http.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            if (response.Headers.Contains("Idempotency-Replayed"))
                            {
                                Interlocked.Increment(ref replayed);
                            }

                            acknowledged[i] = ((await ApiClient.JsonAsync(response)).GetProperty("registrationNumber").GetString()!, reporter);
                            break;
                        }

                        Assert.True((int)response.StatusCode is >= 500 or 409 or 408, $"Submission {i} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                        failedAttempts.Add($"{i}: {(int)response.StatusCode}");
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        failedAttempts.Add($"{i}: {ex.GetType().Name}");
                    }

                    Interlocked.Increment(ref retried);
                    await Task.Delay(300);
                }

                if (acknowledged.Count >= 15)
                {
                    killed.TrySetResult();
                }
            }
        }).ToList();

        await killed.Task.WaitAsync(TimeSpan.FromMinutes(5));
        await victim.KillAsync();
        var acknowledgedAtKill = acknowledged.Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await victim.StartAsync();
        var acknowledgedAtRestart = acknowledged.Count;
        await Task.WhenAll(workers);

        // After the restart the node files again, straight and through the balancer; a retry there answers the first report.
        var afterRestart = new List<string>();
        using (var direct = new ApiClient(new HttpClient { BaseAddress = victim.Address, Timeout = TimeSpan.FromSeconds(60) }))
        {
            await direct.SignUpAsync();
            var key = Guid.NewGuid().ToString();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                using var content = new ComplaintBuilder { Title = "Pungutan setelah node dinyalakan lagi" }.ApiForm(await direct.ViolationTypesAsync());
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = content };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await direct.Http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                afterRestart.Add((await ApiClient.JsonAsync(response)).GetProperty("registrationNumber").GetString()!);
            }
        }

        Assert.Single(afterRestart.Distinct());
        for (var i = 0; i < 4; i++)
        {
            afterRestart.Add(await reporters[i].CreateValidReportAsync());
        }

        await using var scope = tools.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var stored = await db.Set<Complaint>().AsNoTracking().Select(c => new { c.RegistrationNumber, c.Sequence, c.Year }).ToListAsync();
        var year = stored.Max(s => s.Year);
        var sequences = stored.Where(s => s.Year == year).Select(s => s.Sequence).Order().ToList();
        var clusterReports = stored.Count - 1 - afterRestart.Distinct().Count(); // the journey's report is the first
        var duplicates = clusterReports - acknowledged.Count;
        output.WriteLine($"submissions {Submissions}, acknowledged {acknowledged.Count}, stored {clusterReports}, duplicates {duplicates}, "
            + $"failed attempts retried {retried}, retries answered from their key {replayed} ({string.Join(", ", failedAttempts.GroupBy(f => f[(f.IndexOf(':', StringComparison.Ordinal) + 2)..]).Select(g => $"{g.Key} x{g.Count()}"))}), "
            + $"acknowledged when A was killed {acknowledgedAtKill}, when it was back {acknowledgedAtRestart} (restart took {victim.StartupTime.TotalSeconds:0.0} s), "
            + $"filed after the restart {afterRestart.Distinct().Count()} (one sent twice to the restarted node, answered once)");

        // Every acknowledged report is stored whole: its owner reads back what was sent, evidence included.
        foreach (var (i, (number, owner)) in acknowledged)
        {
            var detail = await owner.GetJsonAsync($"/api/v1/reports/{number}");
            Assert.Equal($"Pungutan uji klaster nomor {i:000}", detail.GetProperty("title").GetString());
            Assert.Equal(i % 10 == 0 ? 1 : 0, detail.GetProperty("attachments").GetArrayLength());
        }

        foreach (var reporter in reporters)
        {
            reporter.Dispose();
        }

        Assert.Equal(Submissions, acknowledged.Count);
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        Assert.Equal(0, duplicates);
    }
}
