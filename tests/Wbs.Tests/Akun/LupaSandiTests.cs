using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Akun;

public class LupaSandiTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    private const string NewPassword = "sandi baru yang panjang";

    [Fact]
    public async Task Get_LupaSandi_ExplainsTheRecoveryCode()
    {
        using var browser = factory.CreatePageClient();

        var page = await browser.GetPageAsync("/Akun/LupaSandi");

        Assert.Contains("kode pemulihan", page.Text("main .lead"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main form [name='Input.RecoveryCode']"));
    }

    [Fact]
    public async Task Post_NameAndRecoveryCode_SetsNewPasswordAndShowsANewCode()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await ResetAsync(browser, reporter.Username, reporter.RecoveryCode!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), NewPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Kata sandi sudah diganti", page.Text("main h1"));
        var newCode = page.Text("[data-recovery-code]");
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", newCode);
        Assert.NotEqual(reporter.RecoveryCode, newCode);

        using var oldPassword = await browser.LoginAsync(reporter.Username, reporter.Password);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await browser.LoginAsync(reporter.Username, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);

        // The old code is spent; the new one works.
        using var logout = factory.CreatePageClient();
        using var oldCode = await ResetAsync(logout, reporter.Username, reporter.RecoveryCode, "sandi ketiga yang panjang");
        Assert.Equal("Nama samaran atau kode pemulihan salah.", (await PageClient.ParseAsync(oldCode)).Text(".error-summary li"));
        using var nextCode = await ResetAsync(logout, reporter.Username, newCode, "sandi ketiga yang panjang");
        Assert.Equal("Kata sandi sudah diganti", (await PageClient.ParseAsync(nextCode)).Text("main h1"));
    }

    [Fact]
    public async Task Post_WrongCode_IsRefusedAndThePasswordStays()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await ResetAsync(browser, reporter.Username, "AAAA-BBBB-CCCC-DDDD", NewPassword);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Nama samaran atau kode pemulihan salah.", page.Text(".error-summary li"));
        Assert.Null(page.QuerySelector("[data-recovery-code]"));
        Assert.Equal(reporter.Username, page.ValueOf("Input.Username"));
        using var login = await browser.LoginAsync(reporter.Username, reporter.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownName_GetsTheSameAnswerAsAWrongCode()
    {
        using var browser = factory.CreatePageClient();

        using var response = await ResetAsync(browser, "tidak_ada_" + Guid.NewGuid().ToString("N")[..8], "AAAA-BBBB-CCCC-DDDD", NewPassword);

        Assert.Equal("Nama samaran atau kode pemulihan salah.", (await PageClient.ParseAsync(response)).Text(".error-summary li"));
    }

    [Fact]
    public async Task Post_DifferentRepeatedPassword_IsRefusedAndTheCodeStillWorks()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();
        var form = Form(reporter.Username, reporter.RecoveryCode!, NewPassword);
        form["Input.ConfirmPassword"] = "yang lain sama sekali";

        using var response = await browser.SubmitAsync("/Akun/LupaSandi", form);

        Assert.Equal("Ulangan kata sandi baru tidak sama.", (await PageClient.ParseAsync(response)).Text(".error-summary li"));
        using var retry = await ResetAsync(browser, reporter.Username, reporter.RecoveryCode!, NewPassword);
        Assert.Equal("Kata sandi sudah diganti", (await PageClient.ParseAsync(retry)).Text("main h1"));
    }

    [Fact]
    public async Task Post_TooShortNewPassword_IsRefusedInIndonesian()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await ResetAsync(browser, reporter.Username, reporter.RecoveryCode!, "pendek");

        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Kata sandi minimal 8 karakter.", page.Text(".error-summary li"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-recovery-code]"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var reporter = await RegisteredReporterAsync();
        using var browser = factory.CreatePageClient();

        using var response = await browser.SubmitAsync("/Akun/LupaSandi", Form(reporter.Username, reporter.RecoveryCode!, NewPassword), withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var login = await browser.LoginAsync(reporter.Username, reporter.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    private static Dictionary<string, string?> Form(string username, string code, string password) => new()
    {
        ["Input.Username"] = username,
        ["Input.RecoveryCode"] = code,
        ["Input.NewPassword"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private static Task<HttpResponseMessage> ResetAsync(PageClient browser, string username, string code, string password) =>
        browser.SubmitAsync("/Akun/LupaSandi", Form(username, code, password));

    private async Task<Reporter> RegisteredReporterAsync()
    {
        using var registering = factory.CreatePageClient();
        return await registering.RegisterAsync();
    }
}
