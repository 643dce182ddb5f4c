using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Akun;

public class MasukTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Post_RightPassword_LogsInAndOpensTheComplaintList()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await browser.LoginAsync(reporter.Username, reporter.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Pengaduan", response.Headers.Location!.OriginalString);
        var list = await browser.FollowAsync(response);
        Assert.Equal("Pengaduan Saya", list.Text("main h1"));
    }

    [Fact]
    public async Task Get_ProtectedPage_SendsToMasukAndBackAfterLogin()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var protectedPage = await browser.Http.GetAsync("/Pengaduan/Tambah");
        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
        var masukUrl = protectedPage.Headers.Location!.PathAndQuery();
        Assert.StartsWith("/Akun/Masuk?ReturnUrl=", masukUrl, StringComparison.Ordinal);

        using var response = await browser.SubmitAsync(masukUrl, new Dictionary<string, string?>
        {
            ["Input.Username"] = reporter.Username,
            ["Input.Password"] = reporter.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Pengaduan/Tambah", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_ReturnUrlToAnotherSite_StaysOnThisSite()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await browser.SubmitAsync("/Akun/Masuk", new Dictionary<string, string?>
        {
            ["Input.Username"] = reporter.Username,
            ["Input.Password"] = reporter.Password,
            ["ReturnUrl"] = "https://contoh-penipu.example/masuk",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Pengaduan", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_WrongPassword_SaysSoInIndonesianAndKeepsTheName()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await browser.LoginAsync(reporter.Username, "bukan kata sandinya");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Nama samaran atau kata sandi salah.", page.Text(".error-summary li"));
        Assert.Equal(reporter.Username, page.ValueOf("Input.Username"));
        Assert.Equal("", page.ValueOf("Input.Password"));
        using var stillOut = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownName_GetsTheSameAnswerAsAWrongPassword()
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.LoginAsync("tidak_ada_" + Guid.NewGuid().ToString("N")[..8], "apa saja sandinya");

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Nama samaran atau kata sandi salah.", page.Text(".error-summary li"));
    }

    [Fact]
    public async Task Post_EmptyForm_AsksForNameAndPassword()
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.LoginAsync("", "");

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Isi nama samaran dan kata sandi.", page.Text(".error-summary li"));
    }

    [Fact]
    public async Task Post_TwentyWrongPasswords_DoNotLockTheRightOneOut()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            using var wrong = await browser.LoginAsync(reporter.Username, "salah " + attempt);
            Assert.Equal("Nama samaran atau kata sandi salah.", (await PageClient.ParseAsync(wrong)).Text(".error-summary li"));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var right = await browser.LoginAsync(reporter.Username, reporter.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "The right password waited " + started.Elapsed);
        using var list = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndDoesNotLogIn()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await browser.SubmitAsync("/Akun/Masuk", new Dictionary<string, string?>
        {
            ["Input.Username"] = reporter.Username,
            ["Input.Password"] = reporter.Password,
        }, withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Permintaan tidak valid", (await PageClient.ParseAsync(response)).Text("main h1"));
        using var stillOut = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
    }

    private async Task<Reporter> RegisteredReporterAsync()
    {
        using var registering = factory.CreatePageClient();
        return await registering.RegisterAsync();
    }
}
