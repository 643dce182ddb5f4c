using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

public class StaffSignInTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Refused = "Nama pengguna atau kata sandi salah, atau akun ini tidak dapat masuk ke ruang petugas.";

    private static readonly string[] StaffPages = ["/Staf", "/Staf/Keluar", "/Staf/Pengaduan/ADU-2026-00001"];

    [Fact]
    public async Task Get_StaffPages_Anonymous_RedirectToStaffMasuk()
    {
        using var browser = factory.CreatePageClient();

        foreach (var url in StaffPages)
        {
            using var response = await browser.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Staf/Masuk?ReturnUrl=", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_StaffPages_WithReporterCookie_RedirectToStaffMasuk()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        await browser.GetPageAsync("/Pengaduan");

        foreach (var url in StaffPages)
        {
            using var response = await browser.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Staf/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_PasswordOfNewStaff_SendsToEnrolmentAndNoStaffPageOpensBeforeIt()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur, StaffRoles.Admin);
        using var browser = factory.CreatePageClient();

        using var password = await staff.SubmitPasswordAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Staf/Autentikator", password.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        foreach (var url in StaffPages)
        {
            using var response = await browser.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var target = response.Headers.Location!.PathAndQuery();
            Assert.True(target.StartsWith("/Staf/Masuk", StringComparison.Ordinal) || target.StartsWith("/Staf/Ditolak", StringComparison.Ordinal), $"{url} went to {target}");

            // Following the way the app points ends on enrolment, never on the page.
            using var followed = await browser.Http.GetAsync(target);
            var end = followed.StatusCode == HttpStatusCode.Redirect ? followed.Headers.Location!.PathAndQuery() : target;
            if (end.StartsWith("/Staf/Masuk", StringComparison.Ordinal))
            {
                using var again = await browser.Http.GetAsync(end);
                Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
                end = again.Headers.Location!.PathAndQuery();
            }

            Assert.StartsWith("/Staf/Autentikator", end, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Autentikator_ShowsQrImageAndKeyThatMakeTheCodes()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var browser = factory.CreatePageClient();
        using (await staff.SubmitPasswordAsync(browser))
        {
        }

        var page = await browser.GetPageAsync("/Staf/Autentikator");

        var qr = page.QuerySelector("img.qr")!;
        Assert.StartsWith("data:image/png;base64,", qr.GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(qr.GetAttribute("src")!["data:image/png;base64,".Length..]).AsSpan().StartsWith(SampleFiles.PngSignature));
        var key = page.Text("[data-totp-key]").Replace(" ", "", StringComparison.Ordinal);
        var fromKey = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(staff.Now);
        Assert.Equal(await staff.CodeAtAsync(staff.Now), fromKey);
    }

    [Fact]
    public async Task Post_EnrolmentCode_SignsInToTheInboxAndIsAudited()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var browser = factory.CreatePageClient();

        var inbox = await staff.SignInAsync(browser);

        Assert.Equal("Kotak Masuk Pengaduan", inbox.Text("main h1"));
        Assert.True((await staff.LoadAsync()).TwoFactorEnabled);
        await using var scope = factory.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Set<AuditEntry>()
            .Where(e => e.Actor == staff.Username && e.Action == AuditActions.SignIn).ToListAsync();
        Assert.Single(entries);
    }

    [Fact]
    public async Task Post_WrongEnrolmentCode_IsRefusedAndStaysOnEnrolment()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var browser = factory.CreatePageClient();
        using (await staff.SubmitPasswordAsync(browser))
        {
        }

        var right = await staff.CodeAtAsync(staff.Now);
        var wrong = right == "000000" ? "111111" : "000000";
        using var response = await browser.SubmitAsync("/Staf/Autentikator", new Dictionary<string, string?> { ["Code"] = wrong });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Kode autentikator salah", page.FieldError("Code"), StringComparison.Ordinal);
        Assert.False((await staff.LoadAsync()).TwoFactorEnabled);
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Post_EnrolledStaff_AsksForTheCodeBeforeTheInbox()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        (await staff.BrowserAsync()).Dispose();
        using var browser = factory.CreatePageClient();

        using var password = await staff.SubmitPasswordAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Staf/Masuk", password.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var codeStep = await browser.FollowAsync(password);
        Assert.NotNull(codeStep.QuerySelector("#form-kode input[name=Code]"));
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Post_CodeUsedBefore_IsRefused()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        var first = await staff.BrowserAsync();
        first.Dispose();
        var last = (await staff.LoadAsync()).LastTotpStep!.Value;
        using var browser = factory.CreatePageClient();
        using (await staff.SubmitPasswordAsync(browser))
        {
        }

        // The code of the step just used, and of the step before it: both were valid moments ago, neither is now.
        foreach (var step in new[] { last, last - 1 })
        {
            var code = await staff.CodeAtAsync(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
            using var response = await browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Code"] = code }, formSelector: "#form-kode");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("sudah pernah dipakai", (await PageClient.ParseAsync(response)).FieldError("Code"), StringComparison.Ordinal);
        }

        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Post_ReporterAccountAtStaffMasuk_IsRefusedLikeAWrongPassword()
    {
        using var reporterBrowser = factory.CreatePageClient();
        var reporter = await reporterBrowser.RegisterAsync();
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var browser = factory.CreatePageClient();

        using var asReporter = await browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Input.Username"] = reporter.Username, ["Input.Password"] = reporter.Password });
        using var wrongPassword = await staff.SubmitPasswordAsync(browser, "bukan sandinya sama sekali");

        Assert.Equal(HttpStatusCode.OK, asReporter.StatusCode);
        Assert.Equal(Refused, (await PageClient.ParseAsync(asReporter)).Text(".error-summary li"));
        Assert.Equal(Refused, (await PageClient.ParseAsync(wrongPassword)).Text(".error-summary li"));
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Post_DisabledStaffWithRightPassword_IsRefusedLikeAWrongPassword()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            await db.Users.Where(u => u.Id == staff.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
        }

        using var browser = factory.CreatePageClient();
        using var response = await staff.SubmitPasswordAsync(browser);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Refused, (await PageClient.ParseAsync(response)).Text(".error-summary li"));
    }

    [Fact]
    public async Task Post_StaffAtReporterMasuk_IsRefusedLikeAnUnknownName()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var browser = factory.CreatePageClient();

        using var response = await browser.LoginAsync(staff.Username, staff.Password);
        using var unknown = await browser.LoginAsync("tidak_ada_" + Guid.NewGuid().ToString("N")[..8], staff.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nama samaran atau kata sandi salah.", (await PageClient.ParseAsync(response)).Text(".error-summary li"));
        Assert.Equal("Nama samaran atau kata sandi salah.", (await PageClient.ParseAsync(unknown)).Text(".error-summary li"));
        using var list = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
    }

    [Fact]
    public async Task Post_TwentyWrongPasswordsByAnAttacker_DoNotKeepTheInspekturOut()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using (var enrolment = factory.CreatePageClient())
        {
            await staff.SignInAsync(enrolment);
        }

        using var attacker = factory.CreatePageClient();
        for (var i = 0; i < 20; i++)
        {
            using var wrong = await staff.SubmitPasswordAsync(attacker, "salah sandi " + i);
            Assert.Equal(Refused, (await PageClient.ParseAsync(wrong)).Text(".error-summary li"));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        using var inspektur = factory.CreatePageClient();
        var inbox = await staff.SignInAsync(inspektur);

        Assert.Equal("Kotak Masuk Pengaduan", inbox.Text("main h1"));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "The right password and code waited " + started.Elapsed);
    }

    [Fact]
    public async Task Post_Keluar_EndsTheStaffSession()
    {
        var staff = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var browser = await staff.BrowserAsync();

        using var response = await browser.SubmitAsync("/Staf", new Dictionary<string, string?>(), formSelector: "header form[method=post]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await browser.FollowAsync(response);
        Assert.Equal("Anda sudah keluar dari ruang petugas.", after.Text("[role=status]"));
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Get_AdminOnlyStaff_SeesNoReportContentAndIsRefusedAReport()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var admin = await StaffMember.CreateAsync(factory, StaffRoles.Admin);
        using var browser = factory.CreatePageClient();

        var home = await admin.SignInAsync(browser);

        Assert.Contains("tidak membaca isi pengaduan", home.Text("main"), StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("main a[href='/Staf/Admin']"));
        Assert.Null(home.QuerySelector("table"));
        using var report = await browser.Http.GetAsync(AduanPage.Url(reporter.Number));
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.StartsWith("/Staf/Ditolak", report.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        using var refused = await browser.Http.GetAsync(report.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Get_UpgOnlyStaff_SeesTheLinkToTheGratificationInbox()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = factory.CreatePageClient();

        var home = await upg.SignInAsync(browser);

        Assert.NotNull(home.QuerySelector("main a[href='/Staf/Gratifikasi']"));
        Assert.Null(home.QuerySelector("main a[href='/Staf/Admin']"));
        Assert.Null(home.QuerySelector("table"));
    }
}
