using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Gratifikasi;

public class HomeTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    [Fact]
    public async Task Beranda_OffersTheGratificationChannel_WithTheLegalRuleAndAButtonToTheForm()
    {
        using var browser = factory.CreatePageClient();

        var page = await browser.GetPageAsync("/");

        var section = page.QuerySelector("#gratifikasi")!;
        Assert.Equal("Lapor Gratifikasi", section.Text("h2"));
        var text = section.TextContent;
        Assert.Contains("Melaporkan penerimaan gratifikasi secara tertulis melalui sarana elektronik.", text, StringComparison.Ordinal);
        Assert.Contains("wajib melaporkannya paling lambat 30 hari kerja sejak tanggal penerimaan", text, StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", text, StringComparison.Ordinal);
        var button = section.QuerySelector("a.button")!;
        Assert.Equal("/Gratifikasi/Tambah", button.GetAttribute("href"));
        Assert.Equal("Lapor Gratifikasi", button.TextContent.Trim());

        // Anonymous visitors are sent to log in first and come back to the form.
        using var response = await browser.Http.GetAsync("/Gratifikasi/Tambah");
        Assert.Contains("ReturnUrl=%2FGratifikasi%2FTambah", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
