using Wbs.Web.Features.Pengaduan;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Statistik;
using static Wbs.Tests.Statistik.ComplaintSeed;

namespace Wbs.Tests.Statistik;

/// <summary>The figures are cached, and refresh after a submission or a status change, on every node sharing the database.</summary>
public class StatisticsCacheTests
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    [Fact]
    public async Task Submission_ThroughTheApi_ChangesTheCachedFigures()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        var before = await FiguresAsync(client);

        await SubmitComplaintAsync(client);

        var after = await FiguresAsync(client);
        Assert.Equal(before.Total + 1, after.Total);
        Assert.Equal(before.AllTime + 1, after.AllTime);
        Assert.Equal(before.Status("Diterima") + 1, after.Status("Diterima"));
    }

    [Fact]
    public async Task StatusChange_WithTheStampBumped_ChangesTheFigures_WithoutIt_TheCacheHolds()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        var submitted = DateTime.UtcNow.AddDays(-2);
        await AddAsync(factory, new SeedReport(submitted, "Korupsi", ComplaintStatus.Verifikasi));
        var before = await FiguresAsync(client, submitted);
        Assert.Equal(1, before.Status("Verifikasi"));

        // The change a back-office workflow makes, first without telling the statistics.
        await ChangeStatusAsync(factory, ComplaintStatus.Selesai, submitted.AddHours(30), bump: false);
        var cached = await FiguresAsync(client, submitted);
        await BumpAsync(factory);
        var after = await FiguresAsync(client, submitted);

        Assert.Equal(1, cached.Status("Verifikasi"));
        Assert.Equal(0, after.Status("Verifikasi"));
        Assert.Equal(1, after.Status("Selesai"));
        Assert.Equal("0 Bulan, 1 Hari, 6 Jam", after.Average);
    }

    [Fact]
    public async Task StatusChange_ByTheBackOffice_ChangesTheFigures()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        var submitted = DateTime.UtcNow.AddDays(-1);
        var number = (await AddAsync(factory, new SeedReport(submitted, "Suap", ComplaintStatus.Verifikasi)))[0];
        Assert.Equal(1, (await FiguresAsync(client, submitted)).Status("Verifikasi"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var inspektur = new StaffActor(Guid.NewGuid().ToString(), "inspektur", new HashSet<string> { StaffRoles.Inspektur });
            var outcome = await scope.ServiceProvider.GetRequiredService<StaffComplaints>().ChangeStatusAsync(
                inspektur, number, new StatusChange(ComplaintStatus.Ditolak, "Di luar kewenangan Inspektorat.", null, null, null), default);
            Assert.Equal(OutcomeKind.Ok, outcome.Kind);
        }

        var after = await FiguresAsync(client, submitted);
        Assert.Equal(0, after.Status("Verifikasi"));
        Assert.Equal(1, after.Status("Ditolak"));
    }

    [Fact]
    public async Task StatusChange_WithTheStampBumped_ChangesTheRenderedPage()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        var submitted = DateTime.UtcNow.AddDays(-2);
        await AddAsync(factory, new SeedReport(submitted, "Korupsi", ComplaintStatus.Verifikasi));
        var url = "/statistik?tahun=" + TimeZoneInfo.ConvertTimeFromUtc(submitted, Wita).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("0", await StatusCellAsync(client, url, "Selesai"));

        await ChangeStatusAsync(factory, ComplaintStatus.Selesai, submitted.AddHours(5), bump: true);

        Assert.Equal("1", await StatusCellAsync(client, url, "Selesai"));
        Assert.Equal("0", await StatusCellAsync(client, url, "Verifikasi"));
    }

    [Fact]
    public async Task StatusChange_OnOneNode_RefreshesTheOtherNodesFigures()
    {
        using var nodeA = new WbsFactory();
        using var clientA = nodeA.CreateClient();
        using var nodeB = SecondNodeOf(nodeA);
        using var clientB = nodeB.CreateClient();
        var submitted = DateTime.UtcNow.AddDays(-3);
        await AddAsync(nodeA, new SeedReport(submitted, "Suap", ComplaintStatus.Ditindaklanjuti));
        Assert.Equal(1, (await FiguresAsync(clientB, submitted)).Status("Ditindaklanjuti"));

        await ChangeStatusAsync(nodeA, ComplaintStatus.Ditolak, submitted.AddDays(2), bump: true);

        var onB = await FiguresAsync(clientB, submitted);
        Assert.Equal(0, onB.Status("Ditindaklanjuti"));
        Assert.Equal(1, onB.Status("Ditolak"));
        Assert.Equal("0 Bulan, 2 Hari, 0 Jam", onB.Average);
    }

    [Fact]
    public async Task Submission_OnOneNode_RefreshesTheOtherNodesFigures()
    {
        using var nodeA = new WbsFactory();
        using var clientA = nodeA.CreateClient();
        using var nodeB = SecondNodeOf(nodeA);
        using var clientB = nodeB.CreateClient();
        var before = await FiguresAsync(clientB);

        await SubmitComplaintAsync(clientA);

        Assert.Equal(before.Total + 1, (await FiguresAsync(clientB)).Total);
    }

    /// <summary>Another app instance on the same database and master keys, with a memory (and cache) of its own.</summary>
    private static WbsFactory SecondNodeOf(WbsFactory first)
    {
        _ = first.Server;
        return first.AnotherNode();
    }

    private static async Task ChangeStatusAsync(WbsFactory factory, ComplaintStatus status, DateTime at, bool bump)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.SingleAsync();
        report.Status = status;
        report.UpdatedAt = at;
        report.ResolvedAt ??= status.IsFinal() ? at : null;
        db.ComplaintEvents.Add(new ComplaintEvent { ReportId = report.Id, Status = status, At = at });
        await db.SaveChangesAsync();
        if (bump)
        {
            await StatisticsStamp.BumpAsync(db, default);
        }
    }

    private static async Task BumpAsync(WbsFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await StatisticsStamp.BumpAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>(), default);
    }

    private static async Task SubmitComplaintAsync(HttpClient client)
    {
        var username = "pelapor" + Guid.NewGuid().ToString("N")[..8];
        var register = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { username, password = "kata-sandi-rahasia", phoneNumber = "081234567890" });
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = "kata-sandi-rahasia" });
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var types = await client.GetFromJsonAsync<JsonElement>("/api/v1/violation-types");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Wita).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        request.Content = new MultipartFormDataContent
        {
            { new StringContent("Pungutan di loket"), "title" },
            { new StringContent("Petugas meminta uang tanpa kuitansi."), "description" },
            { new StringContent(types[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), "violationTypeId" },
            { new StringContent("""[{"name":"Sdr. Y"}]"""), "reportedPersons" },
            { new StringContent("Loket pelayanan"), "location" },
            { new StringContent(today), "incidentDate" },
        };
        var created = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static async Task<string> StatusCellAsync(HttpClient client, string url, string status)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(url));
        return page.QuerySelectorAll("section[aria-labelledby=grafik-status] table tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == status)
            .QuerySelector("td")!.TextContent.Trim();
    }

    private sealed record Figures(long Total, long AllTime, string Average, Dictionary<string, long> ByStatus)
    {
        public long Status(string name) => ByStatus[name];
    }

    private static async Task<Figures> FiguresAsync(HttpClient client, DateTime? yearOf = null)
    {
        var year = yearOf is { } at ? "?year=" + TimeZoneInfo.ConvertTimeFromUtc(at, Wita).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics" + year));
        var root = json.RootElement;
        return new Figures(
            root.GetProperty("totalReports").GetInt64(),
            root.GetProperty("totalReportsAllTime").GetInt64(),
            root.GetProperty("averageResolution").GetProperty("text").GetString()!,
            root.GetProperty("byStatus").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("count").GetInt64()));
    }
}
