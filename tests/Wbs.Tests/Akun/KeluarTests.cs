using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Akun;

public class KeluarTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Post_KeluarFromTheMenu_LogsOut()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var list = await browser.GetPageAsync("/Pengaduan");

        using var response = await browser.SubmitAsync(list, "/Pengaduan", new Dictionary<string, string?>(), formSelector: "header form[action='/Akun/Keluar']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.FollowAsync(response);
        Assert.StartsWith("Anda sudah keluar.", page.Text("main [role=status]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header a[href='/Akun/Masuk']"));
        using var protectedPage = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
        Assert.StartsWith("/Akun/Masuk", protectedPage.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_KeluarPageForm_LogsOut()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.SubmitAsync("/Akun/Keluar", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var protectedPage = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndStaysLoggedIn()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.SubmitAsync("/Akun/Keluar", new Dictionary<string, string?>(), withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await browser.GetPageAsync("/Pengaduan");
        Assert.Equal("Pengaduan Saya", list.Text("main h1"));
    }
}
