using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Akun;

/// <summary>A cookie or token copied before sign-out or a password reset is worth nothing after it.</summary>
public class SessionRevocationTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task ReporterCookie_CopiedBeforeSignOut_IsRefusedAfterIt()
    {
        var jar = new CookieContainer();
        using var browser = new PageClient(factory.CreateDefaultClient(new CookieContainerHandler(jar)));
        await browser.RegisterAsync();
        using var copy = Copy(jar);
        using (var before = await copy.Http.GetAsync("/Pengaduan"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (await browser.SubmitAsync("/Akun/Keluar", new Dictionary<string, string?>()))
        {
        }

        using var replay = await copy.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Akun/Masuk", replay.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffCookie_CopiedBeforeSignOut_IsRefusedAfterIt()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        var jar = new CookieContainer();
        using var browser = new PageClient(factory.CreateDefaultClient(new CookieContainerHandler(jar)));
        await staff.SignInAsync(browser);
        using var copy = Copy(jar);
        using (var before = await copy.Http.GetAsync("/Staf"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (await browser.SubmitAsync("/Staf/Keluar", new Dictionary<string, string?>()))
        {
        }

        using var replay = await copy.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/Staf/Masuk", replay.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReporterToken_AfterAPasswordReset_IsRefused()
    {
        using var api = factory.CreateApiClient();
        var reporter = await api.SignUpAsync();
        using (var before = await api.Http.GetAsync("/api/v1/reports"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var browser = factory.CreatePageClient();
        using (var reset = await browser.SubmitAsync("/Akun/LupaSandi", new Dictionary<string, string?>
        {
            ["Input.Username"] = reporter.Username,
            ["Input.RecoveryCode"] = reporter.RecoveryCode,
            ["Input.NewPassword"] = "kalimat sandi baru yang panjang",
            ["Input.ConfirmPassword"] = "kalimat sandi baru yang panjang",
        }))
        {
            Assert.Equal("Kata sandi sudah diganti", (await PageClient.ParseAsync(reset)).Text("main h1"));
        }

        using var replay = await api.Http.GetAsync("/api/v1/reports");
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
    }

    [Fact]
    public async Task Tokens_AfterApiLogout_AreRefused()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        using var staffApi = await BackOfficeStaff.ApiAsync(factory, staff);

        using var logout = await api.Http.PostAsync("/api/v1/auth/logout", null);
        using var staffLogout = await staffApi.Http.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, staffLogout.StatusCode);
        using var reports = await api.Http.GetAsync("/api/v1/reports");
        using var staffReports = await staffApi.Http.GetAsync("/api/v1/staff/reports");
        Assert.Equal(HttpStatusCode.Unauthorized, reports.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, staffReports.StatusCode);
    }

    // Another browser holding exactly the cookies this one has now, as a thief who copied them would.
    private PageClient Copy(CookieContainer jar)
    {
        var stolen = new CookieContainer();
        foreach (Cookie cookie in jar.GetAllCookies())
        {
            stolen.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return new PageClient(factory.CreateDefaultClient(new CookieContainerHandler(stolen)));
    }
}
