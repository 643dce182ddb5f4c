using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Api;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Lacak;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Kasus;

/// <summary>A submission sent twice (a double tap, a retry after a lost answer) files one report and answers it twice.</summary>
public class SubmissionKeyTests
{
    private static async Task<HttpResponseMessage> PostComplaintAsync(ApiClient api, string path, string? key, string title = "Pungutan uji kunci")
    {
        using var content = new ComplaintBuilder { Title = title }.ApiForm(await api.ViolationTypesAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await api.Http.SendAsync(request);
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<int> CountAsync<T>(WbsFactory factory) where T : class
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Set<T>().CountAsync();
    }

    [Fact]
    public async Task ApiComplaint_SentTwiceWithOneKey_IsStoredOnce_AndTheRetryGetsTheFirstAnswer()
    {
        using var factory = new LacakFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await PostComplaintAsync(api, "/api/v1/reports", key);
        var firstBody = await CreatedAsync(first);
        using var again = await PostComplaintAsync(api, "/api/v1/reports", key);
        var againBody = await CreatedAsync(again);
        using var other = await PostComplaintAsync(api, "/api/v1/reports", Guid.NewGuid().ToString());
        var otherBody = await CreatedAsync(other);

        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(firstBody.GetProperty("registrationNumber").GetString(), againBody.GetProperty("registrationNumber").GetString());
        // PostgreSQL keeps microseconds: the retry reads back the stored moment.
        Assert.Equal(firstBody.GetProperty("submittedAt").GetDateTime(), againBody.GetProperty("submittedAt").GetDateTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal($"ADU-{AgencyTime.Year}-00002", otherBody.GetProperty("registrationNumber").GetString());
        Assert.Equal(2, await CountAsync<Complaint>(factory));
        Assert.Equal(2, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    [Fact]
    public async Task ApiComplaint_TenAtOnceWithOneKey_StoreOneReport_AndAllAnswerItsNumber()
    {
        using var factory = new LacakFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        await api.ViolationTypesAsync();
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await PostComplaintAsync(api, "/api/v1/reports", key);
            return (await CreatedAsync(response)).GetProperty("registrationNumber").GetString();
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(1, await CountAsync<Complaint>(factory));
        Assert.Equal(1, await CountAsync<SubmissionKey>(factory));
        using var next = await PostComplaintAsync(api, "/api/v1/reports", null);
        Assert.Equal($"ADU-{AgencyTime.Year}-00002", (await CreatedAsync(next)).GetProperty("registrationNumber").GetString());
    }

    [Fact]
    public async Task OneKey_FromAnotherAccount_FilesTheirOwnReport_AndNeverAnswersTheFirstOne()
    {
        using var factory = new LacakFactory();
        using var alice = factory.CreateApiClient();
        await alice.SignUpAsync();
        using var bob = factory.CreateApiClient();
        await bob.SignUpAsync();
        var key = Guid.NewGuid().ToString();

        using var hers = await PostComplaintAsync(alice, "/api/v1/reports", key);
        var herNumber = (await CreatedAsync(hers)).GetProperty("registrationNumber").GetString();
        using var his = await PostComplaintAsync(bob, "/api/v1/reports", key);
        var hisNumber = (await CreatedAsync(his)).GetProperty("registrationNumber").GetString();

        Assert.NotEqual(herNumber, hisNumber);
        Assert.False(his.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(2, await CountAsync<Complaint>(factory));
    }

    [Theory]
    [InlineData("pendek")]
    [InlineData("kunci dengan spasi")]
    public async Task MalformedKey_IsRefusedInIndonesian_AndNothingIsStored(string key)
    {
        using var factory = new LacakFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        using var response = await PostComplaintAsync(api, "/api/v1/reports", key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Contains("Idempotency-Key harus", errors.GetProperty("idempotencyKey")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<Complaint>(factory));
    }

    [Fact]
    public async Task KeyRowHoldsNeitherTheKeyNorTheAccessCode_AndExpiresAfterADay()
    {
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        using var factory = new LacakFactory { Clock = clock };
        using var api = factory.CreateApiClient();
        var key = "kunci-" + Guid.NewGuid();

        using var first = await PostComplaintAsync(api, "/api/v1/anonymous/reports", key);
        var body = await CreatedAsync(first);
        var code = body.GetProperty("accessCode").GetString()!;
        await using (var scope = factory.CreateScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().SubmissionKeys.AsNoTracking().SingleAsync();
            Assert.DoesNotContain(key, row.KeyHash, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", row.KeyHash);
            Assert.NotNull(row.SealedAccessCode);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), Convert.ToHexString(row.SealedAccessCode!), StringComparison.Ordinal);
            Assert.False(System.Text.Encoding.UTF8.GetString(row.SealedAccessCode!).Contains(code, StringComparison.Ordinal));
        }

        clock.Now += TimeSpan.FromHours(25);
        using var late = await PostComplaintAsync(api, "/api/v1/anonymous/reports", key);
        var lateBody = await CreatedAsync(late);

        Assert.NotEqual(body.GetProperty("registrationNumber").GetString(), lateBody.GetProperty("registrationNumber").GetString());
        Assert.NotEqual(code, lateBody.GetProperty("accessCode").GetString());
        Assert.Equal(2, await CountAsync<Complaint>(factory));
        Assert.Equal(1, await CountAsync<SubmissionKey>(factory));
    }

    [Fact]
    public async Task AnonymousApi_Retry_GetsTheSameNumberAndCode_WhichOpenTheReport()
    {
        using var factory = new LacakFactory();
        using var api = factory.CreateApiClient();
        var key = Guid.NewGuid().ToString();

        using var first = await PostComplaintAsync(api, "/api/v1/anonymous/reports", key);
        var firstBody = await CreatedAsync(first);
        using var again = await PostComplaintAsync(api, "/api/v1/anonymous/reports", key);
        var againBody = await CreatedAsync(again);

        Assert.Equal(firstBody.GetProperty("registrationNumber").GetString(), againBody.GetProperty("registrationNumber").GetString());
        Assert.Equal(firstBody.GetProperty("accessCode").GetString(), againBody.GetProperty("accessCode").GetString());
        Assert.Equal(1, await CountAsync<Complaint>(factory));
        Assert.Equal(1, await CountAsync<AnonymousAccess>(factory));
        using var session = await api.Http.PostAsync("/api/v1/anonymous/session", JsonContent(new
        {
            registrationNumber = againBody.GetProperty("registrationNumber").GetString(),
            accessCode = againBody.GetProperty("accessCode").GetString(),
        }));
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
    }

    [Fact]
    public async Task GratificationApi_SentTwiceWithOneKey_IsStoredOnce()
    {
        using var factory = new LacakFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var key = Guid.NewGuid().ToString();

        async Task<string?> PostAsync()
        {
            using var form = GratificationApiForm.Of(Wbs.Tests.Infrastructure.GratificationSamples.Draft(GratificationApiForm.Today));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/gratifications") { Content = form };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await api.Http.SendAsync(request);
            return (await CreatedAsync(response)).GetProperty("registrationNumber").GetString();
        }

        var first = await PostAsync();
        var again = await PostAsync();

        Assert.Equal(first, again);
        Assert.Equal(1, await CountAsync<GratificationReport>(factory));
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }

    [Fact]
    public async Task ComplaintForm_SentTwice_FilesOneReport_AndBothAnswersShowItsNumber()
    {
        using var factory = new LacakFactory();
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder();
        var form = await browser.GetPageAsync("/Pengaduan/Tambah");
        Assert.Matches("^[A-Za-z0-9_-]{22}$", form.ValueOf("SubmissionKey"));

        using var first = await browser.SubmitAsync(form, "/Pengaduan/Tambah", report.PageForm(form));
        using var again = await browser.SubmitAsync(form, "/Pengaduan/Tambah", report.PageForm(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await CountAsync<Complaint>(factory));
        var fresh = await browser.GetPageAsync("/Pengaduan/Tambah");
        Assert.NotEqual(form.ValueOf("SubmissionKey"), fresh.ValueOf("SubmissionKey"));
    }

    [Fact]
    public async Task ComplaintForm_ShownAgainAfterErrors_KeepsItsKey()
    {
        using var factory = new LacakFactory();
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Pengaduan/Tambah");

        using var refused = await browser.SubmitAsync(form, "/Pengaduan/Tambah", new ComplaintBuilder { Title = "" }.PageForm(form));
        var shownAgain = await PageClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(form.ValueOf("SubmissionKey"), shownAgain.ValueOf("SubmissionKey"));
        Assert.Equal(0, await CountAsync<Complaint>(factory));
    }

    [Fact]
    public async Task FormWithoutAccount_SentTwice_ShowsTheSameCode_UntilKeluar_ThenNeverAgain()
    {
        using var factory = new LacakFactory();
        using var browser = factory.CreatePageClient();
        var report = new ComplaintBuilder();
        var form = await browser.GetPageAsync("/Kirim/TanpaAkun");

        using var first = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", report.PageForm(form));
        var shown = await PageClient.ParseAsync(first);
        using var again = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", report.PageForm(form));
        var shownAgain = await PageClient.ParseAsync(again);

        var number = shown.Text("[data-registration-number]");
        Assert.Equal(number, shownAgain.Text("[data-registration-number]"));
        Assert.Equal(shown.Text("[data-access-code]"), shownAgain.Text("[data-access-code]"));
        Assert.Equal(1, await CountAsync<Complaint>(factory));

        var reporter = new AnonymousReporter(browser, number, shown.Text("[data-access-code]"), shown);
        await reporter.SignOutAsync();
        using var afterKeluar = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", report.PageForm(form));
        var refused = await PageClient.ParseAsync(afterKeluar);

        Assert.Null(refused.QuerySelector("[data-access-code]"));
        Assert.Contains("Kode akses hanya ditampilkan sekali", refused.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync<Complaint>(factory));
    }

    [Fact]
    public async Task GratificationForm_SentTwice_FilesOneReport_AndTheDeadlineButtonKeepsTheKey()
    {
        using var factory = new Wbs.Tests.Gratifikasi.GratificationFactory();
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Wbs.Tests.Gratifikasi.GratificationPages.Form(Wbs.Tests.Gratifikasi.GratificationPages.Draft());
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");
        using var recomputed = await browser.SubmitAsync(form, "/Gratifikasi/Tambah", values, formSelector: "#grt-form", submitter: "#hitung-batas-waktu");
        var shownAgain = await PageClient.ParseAsync(recomputed);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", form.ValueOf("SubmissionKey"));
        Assert.Equal(form.ValueOf("SubmissionKey"), shownAgain.ValueOf("SubmissionKey"));

        using var first = await browser.SubmitAsync(shownAgain, "/Gratifikasi/Tambah", values, formSelector: "#grt-form");
        using var again = await browser.SubmitAsync(shownAgain, "/Gratifikasi/Tambah", values, formSelector: "#grt-form");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await CountAsync<GratificationReport>(factory));
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
