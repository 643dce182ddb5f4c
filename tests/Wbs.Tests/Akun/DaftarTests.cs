using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;

namespace Wbs.Tests.Akun;

public class DaftarTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_Daftar_AdvisesANameThatDoesNotDescribeYou()
    {
        using var browser = factory.CreatePageClient();

        var page = await browser.GetPageAsync("/Akun/Daftar");

        Assert.Contains("tidak menggambarkan identitas Anda", page.Text("main .callout"), StringComparison.Ordinal);
        foreach (var field in new[] { "Input.Username", "Input.Password", "Input.ConfirmPassword", "Input.PhoneNumber", "Input.Email" })
        {
            Assert.NotNull(page.QuerySelector($"main form [name='{field}']"));
        }
    }

    [Fact]
    public async Task Post_ValidRegistration_LogsInAndShowsTheRecoveryCodeOnce()
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New();

        using var response = await browser.SubmitAsync("/Akun/Daftar", reporter.DaftarForm());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains(reporter.Username, page.Text("main [role=status]"), StringComparison.Ordinal);
        var code = page.Text("[data-recovery-code]");
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        Assert.Contains("hanya ditampilkan", page.Text("main .recovery"), StringComparison.Ordinal);

        // Logged in: the reporter's pages open, and the layout offers Keluar instead of Masuk.
        var list = await browser.GetPageAsync("/Pengaduan");
        Assert.Equal("Pengaduan Saya", list.Text("main h1"));
        Assert.NotNull(list.QuerySelector("header form[action='/Akun/Keluar']"));
        Assert.DoesNotContain(code, list.Body!.TextContent, StringComparison.Ordinal);

        // Registering again while logged in leads to the list, never to the code again.
        using var again = await browser.Http.GetAsync("/Akun/Daftar");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/Pengaduan", again.Headers.Location!.OriginalString);

        // The code is kept only as a hash.
        await using var scope = factory.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(reporter.Username);
        Assert.NotNull(user?.RecoveryCodeHash);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), user.RecoveryCodeHash, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("081234567890")]
    [InlineData("+6281234567890")]
    [InlineData("6281234567890")]
    [InlineData("+62 812-3456-7890")]
    [InlineData("0812 3456 7890")]
    [InlineData("62-812-3456-7890")]
    public async Task Post_IndonesianMobileInAnyCommonWriting_IsStoredAs08(string written)
    {
        using var browser = factory.CreatePageClient();

        var reporter = await browser.RegisterAsync(phoneNumber: written);

        await using var scope = factory.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(reporter.Username);
        var contact = scope.ServiceProvider.GetRequiredService<ReporterAccounts>().ContactOf(user!);
        Assert.Equal("081234567890", contact?.PhoneNumber);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("+1 202 555 0100")]
    [InlineData("0541 123456")]
    [InlineData("08123abc4567")]
    public async Task Post_NotAnIndonesianMobile_IsRefusedWithAnExample(string written)
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New(phoneNumber: written);

        using var response = await browser.SubmitAsync("/Akun/Daftar", reporter.DaftarForm());

        var page = await PageClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-recovery-code]"));
        Assert.Contains("Nomor HP tidak valid", page.FieldError("Input.PhoneNumber"), StringComparison.Ordinal);
        Assert.Equal(written, page.ValueOf("Input.PhoneNumber"));
    }

    [Theory]
    [InlineData("pelapor81234567890", "+62 812-3456-7890", null)]
    [InlineData("x081234567890x", "0812 3456 7890", null)]
    [InlineData("budi.santoso", "081298765432", "budi.santoso@mail.go.id")]
    [InlineData("BudiSantoso77", "081298765432", "budi.santoso@mail.go.id")]
    public async Task Post_UsernameContainingPhoneOrEmailName_IsRefused(string username, string phone, string? email)
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New(username, phone, email);

        using var response = await browser.SubmitAsync("/Akun/Daftar", reporter.DaftarForm());

        var page = await PageClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-recovery-code]"));
        var message = page.FieldError("Input.Username");
        Assert.Contains("tidak boleh memuat", message, StringComparison.Ordinal);
        Assert.Contains("tidak menggambarkan identitas Anda", message, StringComparison.Ordinal);
        Assert.Equal(username, page.ValueOf("Input.Username"));
        Assert.Equal(phone, page.ValueOf("Input.PhoneNumber"));
        Assert.Equal(email ?? "", page.ValueOf("Input.Email"));
        Assert.Equal("", page.ValueOf("Input.Password"));
        await AssertNoAccountAsync(username);
    }

    [Fact]
    public async Task Post_EmptyForm_NamesEveryMissingFieldInIndonesian()
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.SubmitAsync("/Akun/Daftar", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Periksa kembali isian yang ditandai.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Nama samaran (username) wajib diisi.", page.FieldError("Input.Username"));
        Assert.Equal("Kata sandi wajib diisi.", page.FieldError("Input.Password"));
        Assert.Equal("", page.FieldError("Input.PhoneNumber"));
    }

    [Fact]
    public async Task Post_WithoutPhone_CreatesTheAccountWithNoPhoneToReveal()
    {
        using var browser = factory.CreatePageClient();
        var form = Reporter.New().DaftarForm();
        form["Input.PhoneNumber"] = "";

        using var response = await browser.SubmitAsync("/Akun/Daftar", form);

        var page = await PageClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("[data-recovery-code]"));
        var daftar = await factory.CreatePageClient().GetPageAsync("/Akun/Daftar");
        Assert.Contains("hanya melalui pesan di halaman pengaduan", daftar.Text("#phone-hint"), StringComparison.Ordinal);
        Assert.Null(daftar.QuerySelector("input[name='Input.PhoneNumber'][required]"));
    }

    [Fact]
    public async Task Post_PasswordsDifferOrTooShort_AreRefusedAndOtherInputKept()
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New(email: "kotak.surat@contoh.id");
        var form = reporter.DaftarForm();
        form["Input.ConfirmPassword"] = "kalimat lain sekali";

        using var mismatch = await browser.SubmitAsync("/Akun/Daftar", form);

        var page = await PageClient.ParseAsync(mismatch);
        Assert.Equal("Ulangan kata sandi tidak sama.", page.FieldError("Input.ConfirmPassword"));
        Assert.Equal(reporter.Username, page.ValueOf("Input.Username"));
        Assert.Equal(reporter.PhoneNumber, page.ValueOf("Input.PhoneNumber"));
        Assert.Equal("kotak.surat@contoh.id", page.ValueOf("Input.Email"));

        form["Input.Password"] = form["Input.ConfirmPassword"] = "pendek";
        using var tooShort = await browser.SubmitAsync("/Akun/Daftar", form);

        page = await PageClient.ParseAsync(tooShort);
        Assert.StartsWith("Kata sandi minimal 8 karakter.", page.FieldError("Input.Password"), StringComparison.Ordinal);
        await AssertNoAccountAsync(reporter.Username);
    }

    [Fact]
    public async Task Post_TakenUsername_IsRefused()
    {
        using var first = factory.CreatePageClient();
        var taken = await first.RegisterAsync();
        using var second = factory.CreatePageClient();

        using var response = await second.SubmitAsync("/Akun/Daftar", Reporter.New(taken.Username).DaftarForm());

        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Nama samaran ini sudah dipakai", page.FieldError("Input.Username"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-recovery-code]"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndCreatesNothing()
    {
        using var browser = factory.CreatePageClient();
        var reporter = Reporter.New();

        using var response = await browser.SubmitAsync("/Akun/Daftar", reporter.DaftarForm(), withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNoAccountAsync(reporter.Username);
    }

    private async Task AssertNoAccountAsync(string username)
    {
        await using var scope = factory.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(username));
    }
}
