using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using static Wbs.Tests.Statistik.ComplaintSeed;

namespace Wbs.Tests.Statistik;

/// <summary>A known set of reports, and every published figure checked in the JSON, on /statistik and on the home page.</summary>
public class StatisticsFiguresTests : IAsyncLifetime
{
    private readonly WbsFactory factory = new();

    private static readonly string[] AllTypes =
    [
        "Korupsi", "Suap", "Gratifikasi", "Pungutan Liar", "Pengadaan Barang/Jasa", "Penyalahgunaan Wewenang",
        "Benturan Kepentingan", "Pelanggaran Disiplin ASN", "Pelanggaran Kode Etik", "Pelayanan Publik", "Lainnya",
        "Laporan Gratifikasi",
    ];

    // 2024 in WITA (UTC+8): six complaints and two gratification reports; five resolved after 30 days, 23 hours,
    // 10 minutes, 400 days 5 hours (complaints) and 12 days (a gratification report).
    private static readonly long[] Monthly2024 = [2, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    private static readonly long[] Types2024 = [1, 1, 0, 2, 0, 0, 0, 0, 0, 1, 1, 2];
    private static readonly (string Name, long Count)[] Statuses2024 =
    [
        ("Diterima", 1), ("Verifikasi", 0), ("Perlu Dilengkapi", 0), ("Ditindaklanjuti", 1), ("Diteruskan", 1), ("Ditolak", 1), ("Selesai", 3),
        ("Diajukan", 1), ("Diverifikasi UPG", 0), ("Diteruskan ke KPK", 0), ("Ditetapkan KPK", 0), ("Tidak Dapat Ditindaklanjuti", 0),
    ];
    private const string Average2024 = "2 Bulan, 28 Hari, 15 Jam";

    public async Task InitializeAsync()
    {
        _ = factory.Server;
        await AddAsync(factory,
            new SeedReport(Utc(2024, 1, 10, 2), "Korupsi", ComplaintStatus.Selesai, Utc(2024, 2, 9, 2)),
            // 00:30 WITA on 1 February: February, although it is still January in UTC.
            new SeedReport(Utc(2024, 1, 31, 16, 30), "Pungutan Liar", ComplaintStatus.Diterima),
            new SeedReport(Utc(2024, 3, 5), "Pungutan Liar", ComplaintStatus.Ditolak, Utc(2024, 3, 5, 23)),
            new SeedReport(Utc(2024, 3, 20, 10), "Suap", ComplaintStatus.Ditindaklanjuti),
            // 23:59 WITA on 31 December 2024, resolved ten minutes later (0 hours).
            new SeedReport(Utc(2024, 12, 31, 15, 59), "Pelayanan Publik", ComplaintStatus.Diteruskan, Utc(2024, 12, 31, 16, 9)),
            // 00:30 WITA on 1 January 2025: the next year.
            new SeedReport(Utc(2024, 12, 31, 16, 30), "Korupsi", ComplaintStatus.Verifikasi),
            // 00:10 WITA on 1 January 2024, resolved 400 days and 5 hours later.
            new SeedReport(Utc(2023, 12, 31, 16, 10), "Lainnya", ComplaintStatus.Selesai, Utc(2023, 12, 31, 16, 10).AddHours((400 * 24) + 5)),
            new SeedReport(Utc(2023, 6, 15, 3), "Korupsi", ComplaintStatus.Selesai, Utc(2023, 6, 20, 3)));
        await AddGratificationsAsync(factory,
            new SeedGratification(Utc(2024, 2, 12, 1), GratificationStatus.Diajukan),
            new SeedGratification(Utc(2024, 3, 4, 3), GratificationStatus.Selesai, Utc(2024, 3, 16, 3)));
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetStatistics_KnownReports_EveryFigureExact()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics?year=2024"));
        var root = json.RootElement;

        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal(8, root.GetProperty("totalReports").GetInt64());
        Assert.Equal(10, root.GetProperty("totalReportsAllTime").GetInt64());
        var average = root.GetProperty("averageResolution");
        Assert.Equal(2, average.GetProperty("months").GetInt64());
        Assert.Equal(28, average.GetProperty("days").GetInt32());
        Assert.Equal(15, average.GetProperty("hours").GetInt32());
        Assert.Equal(Average2024, average.GetProperty("text").GetString());
        Assert.Equal(Monthly2024, root.GetProperty("monthly").EnumerateArray().Select(m => m.GetInt64()));
        Assert.Equal(AllTypes.Zip(Types2024), Pairs(root.GetProperty("byViolationType")));
        Assert.Equal(Statuses2024, Pairs(root.GetProperty("byStatus")).Select(p => (p.First, p.Second)));
    }

    [Fact]
    public async Task GetStatistics_HasExactlyTheContractsFields()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics?year=2024"));
        var root = json.RootElement;

        Assert.Equal(
            ["year", "totalReports", "totalReportsAllTime", "averageResolution", "monthly", "byViolationType", "byStatus", "byChannel"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["months", "days", "hours", "text"], root.GetProperty("averageResolution").EnumerateObject().Select(p => p.Name));
        Assert.Equal(12, root.GetProperty("monthly").GetArrayLength());
        Assert.Equal(["name", "count"], root.GetProperty("byStatus")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "count"], root.GetProperty("byChannel")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task GetStatistics_NextYear_CountsTheReportAfterLocalMidnight()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics?year=2025"));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("totalReports").GetInt64());
        Assert.Equal(1, root.GetProperty("monthly")[0].GetInt64());
        Assert.Equal("0 Bulan, 0 Hari, 0 Jam", root.GetProperty("averageResolution").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1999")]
    [InlineData("9999")]
    public async Task GetStatistics_YearOutsideThePublishedRange_Returns400NamingYear(string year)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/statistics?year={year}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("year", out _));
    }

    [Fact]
    public async Task GetStatistics_WithoutYear_ShowsTheCurrentYearInWita()
    {
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/statistics"));

        var witaYear = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar")).Year;
        Assert.Equal(witaYear, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(10, json.RootElement.GetProperty("totalReportsAllTime").GetInt64());
    }

    [Theory]
    [InlineData("/statistik?tahun=2024")]
    [InlineData("/?tahun=2024")]
    public async Task Page_KnownReports_ShowsTheSameFiguresAsTheApi(string url)
    {
        using var client = factory.CreateClient();

        var page = await LoadAsync(client, url);

        Assert.Equal("8", Text(page, "#stat-total-tahun .stat-value"));
        Assert.Contains("2024", Text(page, "#stat-total-tahun .stat-label"), StringComparison.Ordinal);
        Assert.Equal("10", Text(page, "#stat-total-semua .stat-value"));
        Assert.Equal(Average2024, Text(page, "#stat-durasi .stat-value"));
        Assert.Equal(
            Monthly2024.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            TableCounts(page, "grafik-bulan").Select(r => r.Count));
        Assert.Equal("Februari", TableCounts(page, "grafik-bulan")[1].Name);
        Assert.Equal(
            AllTypes.Zip(Types2024).Select(p => (p.First, p.Second.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            TableCounts(page, "grafik-jenis"));
        Assert.Equal(
            Statuses2024.Select(s => (s.Name, s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            TableCounts(page, "grafik-status"));
    }

    [Fact]
    public async Task Page_YearPicker_OffersYearsWithReportsAndTheCurrentYear()
    {
        using var client = factory.CreateClient();

        var page = await LoadAsync(client, "/statistik?tahun=2024");

        var form = page.QuerySelector("form.year-picker")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var options = form.QuerySelectorAll("select[name=tahun] option").ToList();
        var witaYear = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar")).Year;
        Assert.Equal(new[] { witaYear, 2025, 2024, 2023 }.Distinct().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), options.Select(o => o.TextContent));
        Assert.Equal("2024", options.Single(o => o.HasAttribute("selected")).TextContent);
    }

    [Fact]
    public async Task Page_Charts_AreSvgWithTheNumbersBesideThemInText()
    {
        using var client = factory.CreateClient();

        var page = await LoadAsync(client, "/statistik?tahun=2024");

        foreach (var id in new[] { "grafik-bulan", "grafik-jenis", "grafik-status" })
        {
            var chart = page.QuerySelector($"section[aria-labelledby={id}]")!;
            Assert.NotEmpty(chart.QuerySelectorAll("svg[aria-hidden=true] rect.bar"));
            Assert.NotNull(chart.QuerySelector("table caption"));
        }

        var marchBar = page.QuerySelectorAll("section[aria-labelledby=grafik-bulan] svg.chart-narrow .chart-value").Select(t => t.TextContent).ToList();
        Assert.Equal(Monthly2024.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)), marchBar);
    }

    private static List<(string First, long Second)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("count").GetInt64())).ToList();

    private static async Task<IDocument> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static string Text(IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}.");

    private static List<(string Name, string Count)> TableCounts(IDocument page, string chartId) =>
        page.QuerySelectorAll($"section[aria-labelledby={chartId}] table tbody tr")
            .Select(tr => (tr.QuerySelector("th")!.TextContent.Trim(), tr.QuerySelector("td")!.TextContent.Trim()))
            .ToList();
}
