using System.Net;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Pengaduan;

/// <summary>The complaint receipt: linked from the complaint's page, the owner's alone, and it names nobody.</summary>
public class TandaTerimaTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_ReceiptLinkOnDetailPage_DownloadsPdfWithNumberAndKindButNoTitleOrNames()
    {
        using var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        var report = new ComplaintBuilder
        {
            Title = "Pungutan dalam pengurusan izin usaha",
            ReportedPersons = [new("Suharto Wibisono", "Kepala Seksi Perizinan", "DPMPTSP")],
            Witnesses = "Ibu Kartika Larasati",
            IncidentDate = "2026-03-17",
        };
        var number = await browser.SubmitValidReportAsync(report);
        var detail = await browser.GetPageAsync($"/Pengaduan/{number}");
        var link = detail.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Unduh tanda terima (PDF)").GetAttribute("href")!;

        var pdf = await PdfText.DownloadAsync(browser.Http, link, $"tanda-terima-{number}.pdf");

        var text = PdfText.Of(pdf);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Inspektorat Kota Bontang", text, StringComparison.Ordinal);
        Assert.Contains("TANDA TERIMA LAPORAN", text, StringComparison.Ordinal);
        Assert.Contains("Pengaduan — Pungutan Liar", text, StringComparison.Ordinal);
        Assert.Contains("Berkas bukti", text, StringComparison.Ordinal);
        Assert.Contains("Maret 2026", text, StringComparison.Ordinal);
        Assert.Contains("Diterima", text, StringComparison.Ordinal);
        Assert.Contains("Dokumen ini dibuat secara elektronik dan sah tanpa tanda tangan.", text, StringComparison.Ordinal);
        foreach (var name in new[] { "Suharto", "Wibisono", "Kartika", "Larasati", reporter.Username, reporter.PhoneNumber, "Loket", "Pungutan dalam pengurusan" })
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Get_ReceiptThroughTheApi_ForTheOwnerOnly()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await api.CreateValidReportAsync();
        using var other = factory.CreateApiClient();
        await other.SignUpAsync();

        var pdf = await PdfText.DownloadAsync(api.Http, $"/api/v1/reports/{number}/receipt", $"tanda-terima-{number}.pdf");
        using var foreign = await other.Http.GetAsync($"/api/v1/reports/{number}/receipt");

        Assert.Contains(number, PdfText.Of(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("Pak Anu", PdfText.Of(pdf), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_OtherReportersReceiptPage_Returns404()
    {
        using var owner = factory.CreatePageClient();
        await owner.RegisterAsync();
        var number = await owner.SubmitValidReportAsync();
        using var other = factory.CreatePageClient();
        await other.RegisterAsync();

        using var response = await other.Http.GetAsync($"/Pengaduan/TandaTerima/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
    }
}
