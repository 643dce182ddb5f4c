using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Operations;

/// <summary>The onion service is offered by the Onion-Location header when, and only when, it is configured.</summary>
public class OnionLocationTests
{
    private const string Onion = "http://wbsexampleonionaddressabcdefghijklmnopqrstuvwxyz234567abcdefgh.onion";

    [Fact]
    public async Task ClearWebAnswer_WithOnionAddressSet_PointsToTheSamePathOnTheOnion()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:OnionAddress"] = Onion + "/";
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync("/Statistik?tahun=2026");

        Assert.Equal(Onion + "/Statistik?tahun=2026", Assert.Single(response.Headers.GetValues("Onion-Location")));
    }

    [Fact]
    public async Task AnswerThroughTheOnion_CarriesNoOnionLocation()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:OnionAddress"] = Onion;
        using var browser = factory.CreatePageClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = new Uri(Onion).Host;

        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Onion-Location"));
    }

    [Fact]
    public async Task NoOnionAddressSet_NoHeader()
    {
        using var factory = new WbsFactory();
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Onion-Location"));
    }
}
