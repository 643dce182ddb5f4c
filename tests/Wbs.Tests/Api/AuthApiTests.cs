using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

public class AuthApiTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Register_ValidBody_Returns201WithTheRecoveryCode()
    {
        using var api = factory.CreateApiClient();
        var reporter = Reporter.New(phoneNumber: "+62 812-1111-2222", email: "kotak.surat@contoh.id");

        using var response = await api.RegisterAsync(reporter);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.JsonAsync(response);
        Assert.Equal(reporter.Username, body.GetProperty("username").GetString());
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", body.GetProperty("recoveryCode").GetString());
    }

    [Fact]
    public async Task Register_InvalidBody_Returns400NamingEachBadField()
    {
        using var api = factory.CreateApiClient();

        using var response = await api.Http.PostAsJsonAsync("/api/v1/auth/register", new { username = "x", password = "", phoneNumber = "12345", email = "bukan-email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["email", "password", "phoneNumber", "username"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.StartsWith("Nomor HP tidak valid", errors.GetProperty("phoneNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_UsernameContainingThePhone_Returns400OnUsername()
    {
        using var api = factory.CreateApiClient();

        using var response = await api.RegisterAsync(Reporter.New("pelapor_6281299998888", "0812-9999-8888"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.StartsWith("Nama samaran tidak boleh memuat nomor HP Anda", errors.GetProperty("username")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_RightPassword_Returns200WithABearerToken()
    {
        using var api = factory.CreateApiClient();
        var reporter = Reporter.New();
        using (await api.RegisterAsync(reporter))
        {
        }

        using var response = await api.LoginAsync(reporter.Username, reporter.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ApiClient.JsonAsync(response);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("accessToken").GetString()));
        Assert.Equal(JsonValueKind.Number, body.GetProperty("expiresIn").ValueKind);
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);

        api.UseToken(body.GetProperty("accessToken").GetString()!);
        using var reports = await api.Http.GetAsync("/api/v1/reports");
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
    }

    [Theory]
    [InlineData("wrong-password")]
    [InlineData("unknown-user")]
    [InlineData("empty")]
    public async Task Login_WrongCredentials_Returns401(string wrong)
    {
        using var api = factory.CreateApiClient();
        var reporter = Reporter.New();
        using (await api.RegisterAsync(reporter))
        {
        }

        using var response = wrong switch
        {
            "wrong-password" => await api.LoginAsync(reporter.Username, "bukan sandinya"),
            "unknown-user" => await api.LoginAsync("tidak_ada_" + Guid.NewGuid().ToString("N")[..8], reporter.Password),
            _ => await api.LoginAsync("", ""),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ApiClient.JsonAsync(response);
        Assert.Equal("Nama samaran atau kata sandi salah.", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Login_TwentyWrongPasswords_DoNotLockTheRightOneOut()
    {
        using var api = factory.CreateApiClient();
        var reporter = Reporter.New();
        using (await api.RegisterAsync(reporter))
        {
        }

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            using var wrong = await api.LoginAsync(reporter.Username, "salah " + attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await api.LoginAsync(reporter.Username, reporter.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task Login_AccountRegisteredOnThePage_WorksInTheApi()
    {
        using var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        using var api = factory.CreateApiClient();

        using var response = await api.LoginAsync(reporter.Username, reporter.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
