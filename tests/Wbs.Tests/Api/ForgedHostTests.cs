using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

/// <summary>A forged Host header never reaches the OpenAPI servers or a sign-in redirect.</summary>
public class ForgedHostTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    private const string Forged = "penyerang.example";

    [Fact]
    public async Task OpenApi_WithAForgedHost_NamesOnlyTheConfiguredServer()
    {
        using var configured = new WbsFactory();
        configured.Settings["Wbs:PublicBaseUrl"] = "https://wbs.bontangkota.go.id/";
        using var http = configured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = Forged;

        using var response = await http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Forged, body, StringComparison.Ordinal);
        var servers = (await ApiClient.JsonAsync(response)).GetProperty("servers");
        Assert.Equal("https://wbs.bontangkota.go.id", Assert.Single(servers.EnumerateArray()).GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/Pengaduan")]
    [InlineData("/Staf")]
    public async Task SignInRedirect_WithAForgedHost_IsRelative(string page)
    {
        using var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.Host = Forged;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri, "Redirected to " + response.Headers.Location);
        Assert.DoesNotContain(Forged, response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}
