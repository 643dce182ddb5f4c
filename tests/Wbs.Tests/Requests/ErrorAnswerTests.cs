using System.Net;
using System.Text;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Requests;

/// <summary>API errors are problem details; pages get the Indonesian error page; an unreachable database is a 503 with Retry-After.</summary>
public class ErrorAnswerTests
{
    [Fact]
    public async Task Api_DatabaseUnreachable_Answers503ProblemWithRetryAfter()
    {
        using var factory = new WbsFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        await api.ViolationTypesAsync();
        Outage.CutDatabase(factory);

        using var list = await api.Http.GetAsync("/api/v1/reports");
        using var create = await api.CreateReportAsync(new ComplaintBuilder());

        foreach (var response in new[] { list, create })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
            Assert.Equal("Layanan sedang tidak tersedia", (await ApiClient.JsonAsync(response)).GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Page_DatabaseUnreachable_AnswersCalm503PageWithRetryAfter()
    {
        using var factory = new WbsFactory();
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        Outage.CutDatabase(factory);

        using var response = await browser.Http.GetAsync("/Pengaduan");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Layanan sedang sibuk", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("coba lagi", page.QuerySelector("main")?.TextContent);
    }

    [Fact]
    public async Task Api_TruncatedMultipartBody_Answers400ProblemNamingTheCause()
    {
        using var factory = new WbsFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var body = "--batas\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nJudul pengaduan\r\n--batas\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nterpo";
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=batas");

        using var response = await api.Http.PostAsync("/api/v1/reports", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("terpotong", (await ApiClient.JsonAsync(response)).GetProperty("detail").GetString());
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    [Fact]
    public async Task Api_UnknownAddress_AnswersProblemNotAnEmptyBody()
    {
        using var factory = new WbsFactory();
        using var api = factory.CreateApiClient();

        using var response = await api.Http.GetAsync("/api/v1/reports");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Galat_OpenedWithoutAnError_IsNotA200()
    {
        using var factory = new WbsFactory();
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync("/Galat");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Halaman tidak ditemukan", (await PageClient.ParseAsync(response)).QuerySelector("h1")?.TextContent.Trim());
    }
}
