using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Akun;

/// <summary>Guessable passwords are refused with an Indonesian reason, for reporters and staff alike.</summary>
public class PasswordStrengthTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    public static TheoryData<string> Weak => ["12345678", "password", "aaaaaaaa", "qwertyuiop", "Password1"];

    [Theory]
    [MemberData(nameof(Weak))]
    public async Task ApiRegister_WeakPassword_IsRefusedWithTheReason(string password)
    {
        using var api = factory.CreateApiClient();

        using var response = await api.RegisterAsync(Reporter.New() with { Password = password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(PasswordStrength.TooWeak, errors.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Daftar_EveryErrorIsShownAtOnce()
    {
        using var browser = factory.CreatePageClient();
        var form = Reporter.New().DaftarForm();
        form["Input.Username"] = "a b";
        form["Input.Password"] = "aaaa";
        form["Input.ConfirmPassword"] = "aaab";

        using var response = await browser.SubmitAsync("/Akun/Daftar", form);

        // The name, both of the password's rules and the repeat: a newcomer fixes everything in one go.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Nama samaran", page.FieldError("Input.Username"), StringComparison.Ordinal);
        Assert.Contains("Kata sandi minimal 8 karakter.", page.FieldError("Input.Password"), StringComparison.Ordinal);
        Assert.Contains(PasswordStrength.TooWeak, page.FieldError("Input.Password"), StringComparison.Ordinal);
        Assert.Contains("Ulangan kata sandi tidak sama.", page.FieldError("Input.ConfirmPassword"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daftar_UsernameAsPassword_IsRefusedOnThePage()
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New();

        using var response = await browser.SubmitAsync("/Akun/Daftar", (reporter with { Password = reporter.Username + "!" }).DaftarForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PasswordStrength.TooWeak, PageClient.ErrorsOn(await PageClient.ParseAsync(response)), StringComparison.Ordinal);
        using var login = await browser.Http.GetAsync("/Pengaduan");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Weak))]
    public async Task StaffAccount_WeakPassword_IsRefused(string password)
    {
        await using var scope = factory.CreateScope();

        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync("petugas." + Guid.NewGuid().ToString("N")[..8], [StaffRoles.Verifikator], password);

        Assert.Null(created.User);
        Assert.Contains(PasswordStrength.TooWeak, created.Errors);
    }

    [Fact]
    public async Task StaffAccount_PasswordMadeOfTheUsername_IsRefused()
    {
        await using var scope = factory.CreateScope();
        var name = "verifikator.budi" + Guid.NewGuid().ToString("N")[..4];

        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(name, [StaffRoles.Verifikator], name);

        Assert.Null(created.User);
        Assert.Contains(PasswordStrength.TooWeak, created.Errors);
    }

    [Fact]
    public async Task ApiRegister_LongUncommonPhrase_IsAccepted()
    {
        using var api = factory.CreateApiClient();

        using var response = await api.RegisterAsync(Reporter.New() with { Password = "perahu kertas di sungai mahakam" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
