using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wbs.Tests.Security;

/// <summary>A reporter driven through the public API: registers, logs in and submits complaints.</summary>
public sealed class ApiReporter(HttpClient client)
{
    public static async Task<ApiReporter> RegisterAsync(HttpClient client, string username, string phone = "081234567890", string? email = null)
    {
        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { username, password = "kata-sandi-rahasia", phoneNumber = phone, email });
        Assert.True(register.StatusCode == HttpStatusCode.Created, await register.Content.ReadAsStringAsync());
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password = "kata-sandi-rahasia" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiReporter(client);
    }

    public HttpClient Client => client;

    public async Task<string> SubmitAsync(Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        var response = await client.PostAsync("/api/v1/reports", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!;
    }

    public static Dictionary<string, string> ValidFields(string marker = "") => new()
    {
        ["title"] = "Pungutan izin usaha" + marker,
        ["description"] = "Petugas meminta uang tambahan" + marker,
        ["violationTypeId"] = "4",
        ["reportedPersons"] = "[{\"name\":\"Pak Budi" + marker + "\",\"position\":\"Kepala Seksi\",\"unit\":\"DPMPTSP\"}]",
        ["location"] = "Loket 3" + marker,
        ["incidentDate"] = "2026-10-01",
    };

    /// <summary>A tiny but valid PNG (1×1), optionally with extra bytes after its end.</summary>
    public static byte[] Png(string trailer = "") =>
    [
        .. Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
        .. System.Text.Encoding.UTF8.GetBytes(trailer),
    ];
}
