using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Domain;

namespace Wbs.Tests.Lacak;

public class AnonymousApiTests(LacakFactory factory) : IClassFixture<LacakFactory>
{
    private static async Task<(string Number, string Code)> CreateAsync(ApiClient api, ComplaintBuilder? report = null)
    {
        using var content = (report ?? new ComplaintBuilder()).ApiForm(await api.ViolationTypesAsync());
        content.Add(new StringContent("kanal.aman@contoh.id"), "contactEmail");
        using var response = await api.Http.PostAsync("/api/v1/anonymous/reports", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Diterima", json.GetProperty("status").GetString());
        Assert.True(json.TryGetProperty("submittedAt", out _));
        return (json.GetProperty("registrationNumber").GetString()!, json.GetProperty("accessCode").GetString()!);
    }

    private static async Task<HttpResponseMessage> SessionAsync(ApiClient api, string? number, string? code) =>
        await api.Http.PostAsJsonAsync("/api/v1/anonymous/session", new { registrationNumber = number, accessCode = code });

    private static async Task<string> TokenAsync(ApiClient api, string number, string code)
    {
        using var response = await SessionAsync(api, number, code);
        var json = await ApiClient.JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", json.GetProperty("tokenType").GetString());
        Assert.Equal(15 * 60, json.GetProperty("expiresIn").GetInt32());
        return json.GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task AnonymousReport_TokenOpensDetailFilesReceiptAndThread_OfThatReportOnly()
    {
        using var api = factory.CreateApiClient();
        var (number, code) = await CreateAsync(api, new ComplaintBuilder().WithFiles(SampleFiles.Png("foto.png")));
        var (other, _) = await CreateAsync(api);
        Assert.Matches(@"^\d{5}(-\d{5}){4}$", code);
        api.UseToken(await TokenAsync(api, number, code));

        var detail = await api.GetJsonAsync($"/api/v1/reports/{number}");
        Assert.Equal(number, detail.GetProperty("registrationNumber").GetString());
        var attachment = detail.GetProperty("attachments")[0].GetProperty("id").GetString();
        using var file = await api.Http.GetAsync($"/api/v1/reports/{number}/attachments/{attachment}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        using var receipt = await api.Http.GetAsync($"/api/v1/reports/{number}/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        using var sent = await api.Http.PostAsJsonAsync($"/api/v1/reports/{number}/messages", new { body = "Apakah sudah dibaca?" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var thread = await api.GetJsonAsync($"/api/v1/reports/{number}/messages");
        Assert.Equal("Apakah sudah dibaca?", thread[0].GetProperty("body").GetString());

        foreach (var url in new[] { $"/api/v1/reports/{other}", $"/api/v1/reports/{other}/receipt", $"/api/v1/reports/{other}/messages", $"/api/v1/reports/{other}/attachments/{attachment}" })
        {
            using var refused = await api.Http.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, url);
        }

        // The token is no account: it neither lists nor files reports, nor reaches gratifications.
        using var list = await api.Http.GetAsync("/api/v1/reports");
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        using var create = await api.CreateReportAsync(new ComplaintBuilder());
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        using var gratifications = await api.Http.GetAsync("/api/v1/gratifications");
        Assert.Equal(HttpStatusCode.Forbidden, gratifications.StatusCode);
    }

    [Fact]
    public async Task Session_WrongCodeUnknownNumberAndAnotherReportsCode_GetOneRefusal()
    {
        using var api = factory.CreateApiClient();
        var (number, code) = await CreateAsync(api);
        var (_, otherCode) = await CreateAsync(api);

        var bodies = new List<string>();
        foreach (var (n, c) in new[] { (number, "11111-22222-33333-44444-55555"), ("ADU-2019-99999", code), (number, otherCode), (number, (string?)null) })
        {
            using var response = await SessionAsync(api, n, c);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            bodies.Add((await ApiClient.JsonAsync(response)).GetProperty("detail").GetString()!);
        }

        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task Token_ExpiresAfterTheIdleTime_AndEveryTokenEndsWithKeluar()
    {
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        using var timed = new LacakFactory { Clock = clock };
        using var api = timed.CreateApiClient();
        var (number, code) = await CreateAsync(api);
        var token = await TokenAsync(api, number, code);
        api.UseToken(token);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync($"/api/v1/reports/{number}")).StatusCode);

        clock.Now += TimeSpan.FromMinutes(16);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync($"/api/v1/reports/{number}")).StatusCode);

        // Keluar on the page renews the report's stamp: a fresh token stops working too.
        api.UseToken(await TokenAsync(api, number, code));
        using var browser = timed.CreatePageClient();
        using var opened = await AnonymousReporter.OpenAsync(browser, number, code);
        await new AnonymousReporter(browser, number, code, await browser.FollowAsync(opened)).SignOutAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Http.GetAsync($"/api/v1/reports/{number}")).StatusCode);
    }

    [Fact]
    public async Task Completion_OverTheApi_ReopensTheReport_ForAnAnonymousAndAnAccountReporter()
    {
        using var api = factory.CreateApiClient();
        var (number, code) = await CreateAsync(api);
        using var account = factory.CreateApiClient();
        await account.SignUpAsync();
        var accountNumber = await account.CreateValidReportAsync();
        var staff = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        using var _ = staff;
        api.UseToken(await TokenAsync(api, number, code));

        using var early = new MultipartFormDataContent { { new StringContent("Tambahan."), "information" } };
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PostAsync($"/api/v1/reports/{number}/completion", early)).StatusCode);

        foreach (var (client, n) in new[] { (api, number), (account, accountNumber) })
        {
            await AduanPage.MoveAsync(staff, n, ComplaintStatus.Verifikasi);
            using var asked = await AduanPage.ChangeStatusAsync(staff, n, AduanPage.StatusForm("PerluDilengkapi", "Lampirkan kuitansi.", null));
            using var empty = new MultipartFormDataContent { { new StringContent(""), "information" } };
            Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.PostAsync($"/api/v1/reports/{n}/completion", empty)).StatusCode);
            using var form = new MultipartFormDataContent
            {
                { new StringContent("Kuitansi terlampir."), "information" },
                { new ByteArrayContent(SampleFiles.Png("kuitansi.png").Content), "files", "kuitansi.png" },
            };
            using var done = await client.Http.PostAsync($"/api/v1/reports/{n}/completion", form);
            Assert.True(done.StatusCode == HttpStatusCode.OK, await done.Content.ReadAsStringAsync());
            Assert.Equal("Verifikasi", (await client.GetJsonAsync($"/api/v1/reports/{n}")).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheAnonymousAndThreadEndpoints()
    {
        using var api = factory.CreateApiClient();
        var paths = (await api.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/v1/anonymous/reports", "/api/v1/anonymous/session", "/api/v1/reports/{registrationNumber}/messages", "/api/v1/reports/{registrationNumber}/completion" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
