using System.Net;
using System.Net.Http.Json;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Security;

public class RateLimitTests
{
    [Fact]
    public async Task Register_PastTheLimitPerAddress_Returns429InIndonesian()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:RateLimits:RegistrationPerAddressPer10Minutes"] = "2";
        var client = factory.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/auth/register", new { username = $"merpati{i}", password = "kata-sandi-rahasia", phoneNumber = "081234567890" });
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Terlalu banyak permintaan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Submissions_AreLimitedPerAccount_NotPerAddress()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1";
        var first = await ApiReporter.RegisterAsync(factory.CreateClient(), "nuri.hijau");
        var second = await ApiReporter.RegisterAsync(factory.CreateClient(), "nuri.biru");

        await first.SubmitAsync(ApiReporter.ValidFields());
        await second.SubmitAsync(ApiReporter.ValidFields());
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in ApiReporter.ValidFields())
        {
            form.Add(new StringContent(value), key);
        }

        var again = await first.Client.PostAsync("/api/v1/reports", form);

        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
    }

    [Fact]
    public async Task LoginPage_PastTheLimit_ShowsAnIndonesianPage()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:RateLimits:LoginPerAddressPerMinute"] = "1";
        var client = factory.CreateClient();
        var fields = new Dictionary<string, string> { ["Input.Username"] = "tidak.ada", ["Input.Password"] = "salah-sandi" };

        var first = await PageSession.PostFormAsync(client, "/Akun/Masuk", fields);
        var second = await PageSession.PostFormAsync(client, "/Akun/Masuk", fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Contains("Terlalu banyak permintaan", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
