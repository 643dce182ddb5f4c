using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Akun;

/// <summary>A newcomer pressing "Lapor Gratifikasi" is told to log in or register, and registering leads back to the form.</summary>
public class ReturnUrlTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task LaporGratifikasi_LoggedOut_MasukSaysWhyAndDaftarCarriesTheWayBackToTheForm()
    {
        using var browser = factory.CreatePageClient();

        using var protectedPage = await browser.Http.GetAsync("/Gratifikasi/Tambah");
        var masukUrl = protectedPage.Headers.Location!.PathAndQuery();
        var masuk = await browser.GetPageAsync(masukUrl);

        Assert.Equal(
            "Untuk melaporkan gratifikasi, Anda perlu masuk terlebih dahulu. Belum punya akun? Daftar dulu; setelah itu Anda dapat langsung mengisi formulir Lapor Gratifikasi.",
            masuk.Text("main [data-return-note]"));
        var daftarUrl = masuk.QuerySelector("main a[data-daftar]")!.GetAttribute("href")!;
        Assert.Equal("/Akun/Daftar?ReturnUrl=%2FGratifikasi%2FTambah", daftarUrl);
        Assert.Equal(daftarUrl, masuk.QuerySelector("main [data-return-note] a")!.GetAttribute("href"));
        Assert.Equal(daftarUrl, masuk.QuerySelector("header a.nav-cta")!.GetAttribute("href"));

        var daftar = await browser.GetPageAsync(daftarUrl);
        Assert.Contains("Lapor Gratifikasi", daftar.Text("main [data-return-note]"), StringComparison.Ordinal);
        Assert.Equal("/Gratifikasi/Tambah", daftar.ValueOf("ReturnUrl"));
        Assert.Equal("/Akun/Masuk?ReturnUrl=%2FGratifikasi%2FTambah", daftar.QuerySelector("main a[data-masuk]")!.GetAttribute("href"));

        using var registered = await browser.SubmitAsync(daftar, daftarUrl, Reporter.New().DaftarForm());
        var done = await PageClient.ParseAsync(registered);
        Assert.Matches("^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$", done.Text("[data-recovery-code]"));
        var next = done.QuerySelectorAll("main [data-next] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Lanjut: Lapor Gratifikasi", "/Gratifikasi/Tambah"), ("Laporan gratifikasi saya", "/Gratifikasi")], next);
        Assert.DoesNotContain("Pengaduan", done.Text("main [data-next]"), StringComparison.Ordinal);

        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");
        Assert.Equal("Lapor Gratifikasi", form.Text("main h1"));
    }

    [Theory]
    [InlineData("/Akun/Daftar")]
    [InlineData("/Akun/Daftar?ReturnUrl=%2FPengaduan%2FTambah")]
    public async Task Daftar_NotFromTheGratificationForm_OffersTheComplaintSteps(string daftarUrl)
    {
        using var browser = factory.CreatePageClient();

        var daftar = await browser.GetPageAsync(daftarUrl);
        Assert.Null(daftar.QuerySelector("main [data-return-note]"));
        using var registered = await browser.SubmitAsync(daftar, daftarUrl, Reporter.New().DaftarForm());

        var done = await PageClient.ParseAsync(registered);
        var next = done.QuerySelectorAll("main [data-next] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Lanjut: Tambah Pengaduan", "/Pengaduan/Tambah"), ("Lihat pengaduan saya", "/Pengaduan")], next);
    }

    [Fact]
    public async Task Masuk_WithoutAWayBack_SaysNothingAboutGratification()
    {
        using var browser = factory.CreatePageClient();

        var masuk = await browser.GetPageAsync("/Akun/Masuk");

        Assert.Null(masuk.QuerySelector("main [data-return-note]"));
        Assert.Equal("/Akun/Daftar", masuk.QuerySelector("main a[data-daftar]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("https://contoh-penipu.example/Gratifikasi/Tambah")]
    [InlineData("//contoh-penipu.example/Gratifikasi")]
    [InlineData("/\\contoh-penipu.example/Gratifikasi")]
    [InlineData("javascript:alert(1)")]
    public async Task ReturnUrlToAnotherSite_IsNeitherCarriedNorFollowed(string returnUrl)
    {
        using var browser = factory.CreatePageClient();
        var escaped = Uri.EscapeDataString(returnUrl);

        var masuk = await browser.GetPageAsync("/Akun/Masuk?ReturnUrl=" + escaped);
        Assert.Null(masuk.QuerySelector("main [data-return-note]"));
        Assert.Equal("/Akun/Daftar", masuk.QuerySelector("main a[data-daftar]")!.GetAttribute("href"));

        var daftarUrl = "/Akun/Daftar?ReturnUrl=" + escaped;
        var daftar = await browser.GetPageAsync(daftarUrl);
        Assert.Null(daftar.QuerySelector("main form [name=ReturnUrl]"));
        Assert.Equal("/Akun/Masuk", daftar.QuerySelector("main a[data-masuk]")!.GetAttribute("href"));
        Assert.Equal("/Akun/Daftar", daftar.QuerySelector("header a.nav-cta")!.GetAttribute("href"));
        Assert.DoesNotContain("contoh-penipu", daftar.Body!.InnerHtml, StringComparison.Ordinal);

        // Posted by hand, and then asked for again while logged in: still only this site's pages.
        var form = Reporter.New().DaftarForm();
        form["ReturnUrl"] = returnUrl;
        using var registered = await browser.SubmitAsync(daftar, daftarUrl, form);
        var done = await PageClient.ParseAsync(registered);
        Assert.Equal("/Pengaduan/Tambah", done.QuerySelector("main [data-next] a")!.GetAttribute("href"));
        Assert.DoesNotContain("contoh-penipu", done.Body!.InnerHtml, StringComparison.Ordinal);

        using var again = await browser.Http.GetAsync(daftarUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/Pengaduan", again.Headers.Location!.OriginalString);
    }
}
