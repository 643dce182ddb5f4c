using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Security;

public partial class HardenedWebTests
{
    private static readonly string[] PublicPages = ["/", "/Akun/Daftar", "/Akun/Masuk", "/Akun/Keluar", "/Akun/LupaSandi", "/Galat", "/halaman-yang-tidak-ada"];

    private static async Task<(HttpClient Client, string Number, string AttachmentId, string Gratification)> SignedInReporterAsync(WbsFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://wbs.inspektorat.example.go.id") });
        var reporter = await ApiReporter.RegisterAsync(client, "kupu.kupu");
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields(), ("bukti.png", ApiReporter.Png()));
        using var gratificationForm = Api.GratificationApiForm.Of(GratificationSamples.Draft(Api.GratificationApiForm.Today));
        var created = await client.PostAsync("/api/v1/gratifications", gratificationForm);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var gratification = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("registrationNumber").GetString()!;
        var detail = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/{number}"));
        var id = detail.RootElement.GetProperty("attachments")[0].GetProperty("id").GetString()!;
        var page = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = client.BaseAddress! });
        await PageSession.SignInAsync(page, "kupu.kupu", "kata-sandi-rahasia");
        return (page, number, id, gratification);
    }

    [Fact]
    public async Task EveryPage_SendsTheSecurityHeaders_AndLoadsNothingFromElsewhere()
    {
        using var factory = new WbsFactory();
        var (client, number, attachment, gratification) = await SignedInReporterAsync(factory);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://wbs.inspektorat.example.go.id") });
        var signedInPages = new[]
        {
            "/Pengaduan", "/Pengaduan/Tambah", $"/Pengaduan/{number}",
            "/Gratifikasi", "/Gratifikasi/Tambah", $"/Gratifikasi/Detail/{gratification}", "/Gratifikasi/Tambah?handler=BatasWaktu&tanggal=2026-11-02",
        };

        foreach (var path in PublicPages)
        {
            await AssertHardenedPageAsync(anonymous, path);
        }

        foreach (var path in signedInPages)
        {
            await AssertHardenedPageAsync(client, path);
        }

        var download = await client.GetAsync($"/Pengaduan/{number}?handler=Berkas&id={attachment}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        AssertHeaders(download);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        foreach (var receipt in new[] { $"/Pengaduan/TandaTerima/{number}", $"/Gratifikasi/TandaTerima/{gratification}" })
        {
            var pdf = await client.GetAsync(receipt);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            AssertHeaders(pdf);
            Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        }

        foreach (var path in new[] { "/health", "/openapi/v1.json", "/api/v1/violation-types", "/css/site.css", "/js/site.js" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertHeaders(response);
        }
    }

    [Fact]
    public async Task Cookies_AreHttpOnlySecureAndSameSite_OverHttps()
    {
        using var factory = new WbsFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://wbs.inspektorat.example.go.id"), HandleCookies = false });

        var form = await client.GetAsync("/Akun/Masuk");
        var cookies = form.Headers.GetValues("Set-Cookie").ToList();

        Assert.NotEmpty(cookies);
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static async Task AssertHardenedPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        AssertHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script:not([src])").Select(s => $"{path}: inline script"));
        Assert.Empty(document.QuerySelectorAll("[style]").Select(e => $"{path}: style attribute on {e.TagName}"));
        Assert.DoesNotMatch(InlineHandler(), html);
        var external = document.QuerySelectorAll("[src],[href],[action]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("action") ?? "")
            .Where(url => url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal))
            .ToList();
        Assert.True(external.Count == 0, $"{path} loads from elsewhere: {string.Join(", ", external)}");
        foreach (var form in document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"{path}: a form without anti-forgery");
        }
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        var path = response.RequestMessage!.RequestUri!.PathAndQuery;
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), $"{path}: no HSTS over HTTPS");
        Assert.False(response.Headers.Contains("Server"), $"{path}: names its server");
    }

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
