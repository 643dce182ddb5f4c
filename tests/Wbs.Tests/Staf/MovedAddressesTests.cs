using System.Net;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Staf;

/// <summary>The staff case pages moved to /Staf/Pengaduan/{no} and /Staf/Gratifikasi/{no}; old bookmarks still land there.</summary>
public class MovedAddressesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Theory]
    [InlineData("/Staf/Aduan/ADU-2026-00001", "/Staf/Pengaduan/ADU-2026-00001")]
    [InlineData("/Staf/Aduan/ADU-2026-00001?handler=Berkas&id=5", "/Staf/Pengaduan/ADU-2026-00001?handler=Berkas&id=5")]
    [InlineData("/Staf/Gratifikasi/Detail/GRT-2026-00001", "/Staf/Gratifikasi/GRT-2026-00001")]
    public async Task Get_OldStaffAddress_AnswersAPermanentRedirectToTheNewOne(string old, string now)
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_NewStaffAddresses_AskAnonymousVisitorsToSignIn()
    {
        using var browser = factory.CreatePageClient();

        foreach (var url in new[] { "/Staf/Pengaduan/ADU-2026-00001", "/Staf/Gratifikasi/GRT-2026-00001", "/Staf/Gratifikasi" })
        {
            using var response = await browser.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Staf/Masuk?ReturnUrl=", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }
    }
}
