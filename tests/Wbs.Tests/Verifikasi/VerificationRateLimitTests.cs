using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Verifikasi;

/// <summary>/verifikasi is limited per address like the other public forms, the QR code's GET included.</summary>
public class VerificationRateLimitTests
{
    [Fact]
    public async Task Checks_BeyondTheLimit_Answer429_TypedOrByQrAddress()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:RateLimits:VerificationsPerAddressPer10Minutes"] = "2";
        using var http = factory.CreateClient();

        using var first = await http.PostAsync("/verifikasi", new FormUrlEncodedContent([new("kode", "AAAA")]));
        using var second = await http.GetAsync("/verifikasi?kode=AAAA");
        using var third = await http.PostAsync("/verifikasi", new FormUrlEncodedContent([new("kode", "AAAA")]));
        using var qr = await http.GetAsync("/verifikasi?kode=AAAA");
        using var plain = await http.GetAsync("/verifikasi");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, qr.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }
}
