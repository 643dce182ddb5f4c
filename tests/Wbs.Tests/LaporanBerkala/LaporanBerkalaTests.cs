using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Features.LaporanBerkala;

namespace Wbs.Tests.LaporanBerkala;

/// <summary>
/// /Staf/LaporanBerkala through real HTTP, and the service limits on the inbox and the case page: three complaints
/// filed on Monday 2 November 2026, one rejected with a note the same week, read two weeks later.
/// </summary>
public sealed class LaporanBerkalaTests(LaporanBerkalaTests.Setup setup) : IClassFixture<LaporanBerkalaTests.Setup>
{
    private const string Page = "/Staf/LaporanBerkala?tahun=2026&triwulan=4";

    [Fact]
    public async Task Inspektur_SeesTheQuartersFiguresChartsAndNoReporter()
    {
        var html = await setup.InspekturPages.Http.GetStringAsync(Page);
        var document = await setup.InspekturPages.GetPageAsync(Page);

        Assert.Contains("Triwulan IV Tahun 2026", html, StringComparison.Ordinal);
        var total = document.QuerySelector("table[data-breakdown='Semua pengaduan'] tbody tr")!;
        var cells = total.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        var headers = KpiText.Headers.ToList();
        Assert.Equal("3", cells[headers.IndexOf("Diterima")]);
        Assert.Equal("1", cells[headers.IndexOf("Diverifikasi")]);
        Assert.Equal("1", cells[headers.IndexOf("Ditolak")]);
        Assert.Equal("2", cells[headers.IndexOf("Terbuka lewat batas layanan")]);
        // Rejected on Wednesday, two working days after Monday.
        Assert.Equal("2", cells[headers.IndexOf("Median hari kerja ke verifikasi")]);
        Assert.NotEmpty(document.QuerySelectorAll("#grafik-kanal ~ svg rect.bar"));
        Assert.DoesNotContain(setup.ReporterAccount.Username, html, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.ReporterAccount.PhoneNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pak Anu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherQuarter_HasNoComplaints()
    {
        var document = await setup.InspekturPages.GetPageAsync("/Staf/LaporanBerkala?tahun=2026&triwulan=3");

        var cells = document.QuerySelector("table[data-breakdown='Semua pengaduan'] tbody tr")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("0", cells[0]);
        Assert.Equal("—", cells[KpiText.Headers.ToList().IndexOf("Median hari kerja ke penutupan")]);
    }

    [Fact]
    public async Task OtherRoles_AreSentToTheDeniedPage_AndStrangersToSignIn()
    {
        foreach (var pages in new[] { setup.VerifikatorPages, setup.UpgPages })
        {
            foreach (var url in new[] { Page, Page + "&handler=Xlsx", Page + "&handler=Pdf" })
            {
                using var response = await pages.Http.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/Staf/Ditolak", response.Headers.Location!.PathAndQuery().Split('?')[0]);
            }
        }

        using var stranger = setup.Factory.CreatePageClient();
        using var anonymous = await stranger.Http.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Staf/Masuk", anonymous.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadQuarter_Answers400()
    {
        using var response = await setup.InspekturPages.Http.GetAsync("/Staf/LaporanBerkala?tahun=2026&triwulan=5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Xlsx_OpensWithASummaryAndOneSheetPerBreakdown_AndIsAudited()
    {
        using var response = await setup.InspekturPages.Http.GetAsync(Page + "&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("laporan-berkala-2026-T4.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Ringkasan", "Per kanal", "Per jenis pelanggaran", "Per unit kerja-OPD"], MiniExcel.GetSheetNames(stream));
        var summary = stream.Query(useHeaderRow: true, sheetName: "Ringkasan").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Triwulan IV Tahun 2026", summary.Single(r => (string?)r["Ukuran"] == "Periode")["Nilai"]);
        Assert.Equal(3d, Convert.ToDouble(summary.Single(r => (string?)r["Ukuran"] == "Diterima")["Nilai"], System.Globalization.CultureInfo.InvariantCulture));
        var channels = stream.Query(useHeaderRow: true, sheetName: "Per kanal").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(ComplaintChannel.Web.Display(), channels.Single()["Kanal"]);
        Assert.Equal(1d, Convert.ToDouble(channels.Single()["Ditolak"], System.Globalization.CultureInfo.InvariantCulture));
        var all = string.Join('\n', MiniExcel.GetSheetNames(stream).SelectMany(s => stream.Query(sheetName: s)).SelectMany(r => ((IDictionary<string, object?>)r).Values).Select(v => v?.ToString()));
        Assert.DoesNotContain(setup.ReporterAccount.Username, all, StringComparison.Ordinal);
        Assert.DoesNotContain("Pungutan dalam pengurusan", all, StringComparison.Ordinal);
        Assert.Equal("format=xlsx periode=2026-T4 pengaduan=3", await setup.LastAuditAsync());
    }

    [Fact]
    public async Task Pdf_CarriesTheLetterheadPeriodAndFigures_AndIsAudited()
    {
        var pdf = await PdfText.DownloadAsync(setup.InspekturPages.Http, Page + "&handler=Pdf", "laporan-berkala-2026-T4.pdf");
        var text = PdfText.Of(pdf);

        Assert.Contains(PeriodicReportPdf.Title, text, StringComparison.Ordinal);
        Assert.Contains("Triwulan IV Tahun 2026", text, StringComparison.Ordinal);
        Assert.Contains("INSPEKTORAT", text, StringComparison.Ordinal);
        Assert.Contains("Diterima 3", text, StringComparison.Ordinal);
        Assert.Contains("Per jenis pelanggaran", text, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.ReporterAccount.Username, text, StringComparison.Ordinal);
        Assert.Equal("format=pdf periode=2026-T4 pengaduan=3", await setup.LastAuditAsync());
    }

    [Fact]
    public async Task CasePage_ShowsEachServiceLimit()
    {
        var open = await setup.InspekturPages.GetPageAsync("/Staf/Pengaduan/" + setup.Unverified);
        var rejected = await setup.InspekturPages.GetPageAsync("/Staf/Pengaduan/" + setup.Rejected);

        Assert.Equal("false", open.QuerySelector("[data-time-limit='tanda-terima']")!.GetAttribute("data-late"));
        Assert.Equal("true", open.QuerySelector("[data-time-limit='verifikasi']")!.GetAttribute("data-late"));
        Assert.Equal("true", open.QuerySelector("[data-time-limit='umpan-balik']")!.GetAttribute("data-late"));
        Assert.Equal("false", rejected.QuerySelector("[data-time-limit='verifikasi']")!.GetAttribute("data-late"));
        Assert.Contains("Kasus selesai", rejected.QuerySelector("[data-time-limit='umpan-balik']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_FlagsAndFiltersCasesPastAServiceLimit()
    {
        var all = await setup.InspekturPages.GetPageAsync("/Staf");
        var past = await setup.InspekturPages.GetPageAsync("/Staf?batasLayanan=true");

        var flagged = all.QuerySelectorAll("[data-past-time-limits]").Select(e => e.GetAttribute("data-past-time-limits")).ToList();
        Assert.Equal(["verifikasi umpan-balik", "verifikasi umpan-balik"], flagged);
        var listed = past.QuerySelectorAll("a[href^='/Staf/Pengaduan/']").Select(a => a.TextContent.Trim()).Distinct().Order().ToList();
        Assert.Equal(new[] { setup.Unverified, setup.Other }.Order(), listed);
    }

    [Fact]
    public async Task DueWithin_ListsNumberKindLimitAndDay_ForADigest()
    {
        await using var scope = setup.Factory.CreateScope();
        var limits = scope.ServiceProvider.GetRequiredService<TimeLimits>();

        var all = await limits.DueWithinAsync(0, default);
        var due = all.Where(d => !d.Gratification).ToList();

        // Filed Monday 2 November: verification due Monday 9 November, feedback Monday 16 November; today is Tuesday 17 November.
        Assert.Equal(4, due.Count);
        Assert.All(due, d => Assert.True(d.Overdue));
        Assert.Equal([TimeLimitKind.Verification, TimeLimitKind.Feedback], all.Where(d => d.Gratification).Select(d => d.Limit).Order());
        Assert.All(all.Where(d => d.Gratification), d => Assert.Equal(setup.Gratification, d.RegistrationNumber));
        Assert.Equal(new[] { setup.Unverified, setup.Other }.Order(), due.Where(d => d.Limit == TimeLimitKind.Verification).Select(d => d.RegistrationNumber).Order());
        Assert.All(due.Where(d => d.Limit == TimeLimitKind.Verification), d => Assert.Equal(new DateOnly(2026, 11, 9), d.DueOn));
        Assert.All(due.Where(d => d.Limit == TimeLimitKind.Feedback), d => Assert.Equal(new DateOnly(2026, 11, 16), d.DueOn));
        Assert.DoesNotContain(due, d => d.RegistrationNumber == setup.Rejected);
    }

    [Fact]
    public async Task GratificationCasePageAndUpgInbox_ShowTheServiceLimits()
    {
        var page = await setup.UpgPages.GetPageAsync("/Staf/Gratifikasi/" + setup.Gratification);
        var inbox = await setup.UpgPages.GetPageAsync("/Staf/Gratifikasi?batasLayanan=true");

        Assert.Equal("true", page.QuerySelector("[data-time-limit='verifikasi']")!.GetAttribute("data-late"));
        Assert.Equal("false", page.QuerySelector("[data-time-limit='tanda-terima']")!.GetAttribute("data-late"));
        Assert.Equal("verifikasi umpan-balik", inbox.QuerySelector("[data-past-time-limits]")!.GetAttribute("data-past-time-limits"));
        Assert.Contains(setup.Gratification, inbox.Body!.TextContent, StringComparison.Ordinal);
    }

    public sealed class Setup : IAsyncLifetime
    {
        // Monday 2 November 2026, 10.00 WITA.
        private readonly AdjustableClock clock = new(new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero));

        public Setup() => Factory = new WbsFactory { Clock = clock };

        public WbsFactory Factory { get; }
        public Reporter ReporterAccount { get; private set; } = null!;
        public string Unverified { get; private set; } = "";
        public string Other { get; private set; } = "";
        public string Rejected { get; private set; } = "";
        public string Gratification { get; private set; } = "";
        public PageClient InspekturPages { get; private set; } = null!;
        public PageClient VerifikatorPages { get; private set; } = null!;
        public PageClient UpgPages { get; private set; } = null!;
        private TestStaff inspektur = null!;

        public async Task InitializeAsync()
        {
            using var reporter = Factory.CreateApiClient();
            ReporterAccount = await reporter.SignUpAsync();
            Unverified = await reporter.CreateValidReportAsync();
            Other = await reporter.CreateValidReportAsync();
            Rejected = await reporter.CreateValidReportAsync();
            inspektur = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            await using (var scope = Factory.CreateScope())
            {
                var reporterId = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.Where(u => u.UserName == ReporterAccount.Username).Select(u => u.Id).SingleAsync();
                Gratification = (await GratificationSamples.SubmitAsync(Factory.Services, reporterId, GratificationSamples.Draft(new DateOnly(2026, 11, 2)))).RegistrationNumber;
            }

            // Wednesday 4 November: verified and rejected with a word to the reporter.
            clock.Now = clock.Now.AddDays(2);
            using (var api = await BackOfficeStaff.ApiAsync(Factory, inspektur))
            {
                foreach (var change in new object[] { new { status = "Verifikasi" }, new { status = "Ditolak", publicNote = "Bukan kewenangan inspektorat; silakan ke instansi lain." } })
                {
                    using var moved = await api.Http.PostAsJsonAsync($"/api/v1/staff/reports/{Rejected}/status", change);
                    Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
                }
            }

            // Tuesday 17 November.
            clock.Now = new DateTimeOffset(2026, 11, 17, 2, 0, 0, TimeSpan.Zero);
            InspekturPages = await BackOfficeStaff.PagesAsync(Factory, inspektur);
            VerifikatorPages = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Verifikator));
            UpgPages = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Upg));
        }

        public async Task<string?> LastAuditAsync()
        {
            await using var scope = Factory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var entry = await db.AuditEntries.Where(e => e.Action == AuditActions.Export && e.Subject == "laporan-berkala" && e.Actor == inspektur.UserName)
                .OrderByDescending(e => e.Sequence).FirstAsync();
            return entry.Detail;
        }

        public Task DisposeAsync()
        {
            InspekturPages.Dispose();
            VerifikatorPages.Dispose();
            UpgPages.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
