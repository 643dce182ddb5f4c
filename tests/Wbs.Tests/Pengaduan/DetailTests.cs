using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Pengaduan;

public class DetailTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_OwnReport_ShowsStatusDiterimaTheSubmissionEventAndTheFiles()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder().WithFiles(SampleFiles.Png("foto-loket.png"), SampleFiles.Pdf("kuitansi.pdf"));
        var number = await browser.SubmitValidReportAsync(report);

        var page = await browser.GetPageAsync($"/Pengaduan/{number}");

        Assert.Equal(number, page.Text("h1.reg-number"));
        Assert.Equal("Diterima", page.Text(".status-block .status"));
        var history = Assert.Single(page.QuerySelectorAll("ol.timeline li"));
        Assert.Equal("Diterima", history.Text(".status"));
        Assert.Equal("Pengaduan diterima dan menunggu verifikasi.", history.Text("p"));
        Assert.EndsWith("WITA", history.Text("time"), StringComparison.Ordinal);

        Assert.Equal(report.Title, page.Text("section.card h2"));
        Assert.Contains(report.Description!, page.Text("dl.facts"), StringComparison.Ordinal);
        Assert.Contains("Pungutan Liar", page.Text("dl.facts"), StringComparison.Ordinal);
        Assert.Contains("Pak Anu, Kepala Seksi Perizinan (DPMPTSP)", page.Text("dl.facts ul.plain"), StringComparison.Ordinal);
        Assert.Contains("17 Maret 2026", page.Text("dl.facts"), StringComparison.Ordinal);
        Assert.Contains("Rp 1.500.000", page.Text("dl.facts"), StringComparison.Ordinal);

        var files = page.QuerySelectorAll("ul.files li a").Select(a => a.TextContent.Trim()).Order().ToList();
        Assert.Equal(["foto-loket.png", "kuitansi.pdf"], files);
    }

    [Fact]
    public async Task Get_OwnFileLink_DownloadsItAsAnAttachment()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await browser.SubmitValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png("foto-loket.png")));
        var page = await browser.GetPageAsync($"/Pengaduan/{number}");
        var link = page.QuerySelector("ul.files li a")!;
        Assert.True(link.HasAttribute("download"));

        using var download = await browser.Http.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("foto-loket.png", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(SampleFiles.PngSignature), "The download is not the PNG that was uploaded.");
    }

    [Fact]
    public async Task Get_NumberInLowerCase_OpensTheSameReport()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await browser.SubmitValidReportAsync();

        var page = await browser.GetPageAsync($"/Pengaduan/{number.ToLowerInvariant()}");

        Assert.Equal(number, page.Text("h1.reg-number"));
    }

    [Theory]
    [InlineData("ADU-2026-99999")]
    [InlineData("bukan-nomor")]
    public async Task Get_UnknownNumber_Returns404(string number)
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.Http.GetAsync($"/Pengaduan/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Halaman tidak ditemukan", (await PageClient.ParseAsync(response)).Text("main h1"));
    }
}
