using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.Tests.Infrastructure;

/// <summary>A mobile app or integration talking to JSON API v1 with a bearer token.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    private Dictionary<string, int>? violationTypes;

    public HttpClient Http => http;

    public string? AccessToken { get; private set; }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<HttpResponseMessage> RegisterAsync(Reporter reporter) =>
        http.PostAsJsonAsync("/api/v1/auth/register", reporter.ApiRegistration());

    public Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        http.PostAsJsonAsync("/api/v1/auth/login", new { username, password });

    /// <summary>Registers and logs in a new reporter; later calls carry the reporter's bearer token.</summary>
    public async Task<Reporter> SignUpAsync(Reporter? reporter = null)
    {
        reporter ??= Reporter.New();
        using (var registered = await RegisterAsync(reporter))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            reporter = reporter with { RecoveryCode = (await JsonAsync(registered)).GetProperty("recoveryCode").GetString() };
        }

        await UseTokenOfAsync(reporter);
        return reporter;
    }

    /// <summary>Logs in and sends the token with every later call.</summary>
    public async Task UseTokenOfAsync(Reporter reporter)
    {
        using var login = await LoginAsync(reporter.Username, reporter.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        UseToken((await JsonAsync(login)).GetProperty("accessToken").GetString()!);
    }

    public void UseToken(string token)
    {
        AccessToken = token;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<IReadOnlyDictionary<string, int>> ViolationTypesAsync()
    {
        if (violationTypes is null)
        {
            var list = await http.GetFromJsonAsync<JsonElement>("/api/v1/violation-types");
            violationTypes = list.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("id").GetInt32());
        }

        return violationTypes;
    }

    public async Task<HttpResponseMessage> CreateReportAsync(ComplaintBuilder report)
    {
        using var content = report.ApiForm(await ViolationTypesAsync());
        return await http.PostAsync("/api/v1/reports", content);
    }

    /// <summary>Creates a valid report and returns its registration number.</summary>
    public async Task<string> CreateValidReportAsync(ComplaintBuilder? report = null)
    {
        using var response = await CreateReportAsync(report ?? new ComplaintBuilder());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/v1/reports answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!;
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return await JsonAsync(response);
    }

    public void Dispose() => http.Dispose();
}
