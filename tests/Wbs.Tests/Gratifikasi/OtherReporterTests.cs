using System.Net;
using Wbs.Tests.Infrastructure;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

/// <summary>A reporter sees only their own gratification reports: another's number is simply not found.</summary>
public class OtherReporterTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    [Fact]
    public async Task OtherReportersNumber_Returns404OnDetailDownloadMessageAndCompletion_AndIsNotListed()
    {
        using var owner = factory.CreatePageClient();
        await owner.RegisterAsync();
        var number = await SubmitValidAsync(owner, files: [SampleFiles.Png("amplop.png")]);
        var ownPage = await owner.GetPageAsync($"/Gratifikasi/Detail/{number}");
        var download = ownPage.QuerySelector("ul.files li a")!.GetAttribute("href")!;
        using var stranger = factory.CreatePageClient();
        await stranger.RegisterAsync();
        var strangersPage = await stranger.GetPageAsync("/Gratifikasi/Tambah");
        var token = strangersPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var url in new[] { $"/Gratifikasi/Detail/{number}", download })
        {
            using var response = await stranger.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}, expected 404.");
        }

        foreach (var (handler, field) in new[] { ("Pesan", "Pesan"), ("Lengkapi", "Informasi") })
        {
            using var response = await stranger.Http.PostAsync(
                $"/Gratifikasi/Detail/{number}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [field] = "Halo" }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var list = await stranger.GetPageAsync("/Gratifikasi");
        Assert.DoesNotContain(number, list.Text("main"), StringComparison.Ordinal);
        // The owner's thread did not receive the stranger's message.
        Assert.Null((await owner.GetPageAsync($"/Gratifikasi/Detail/{number}")).QuerySelector("ol.thread"));
    }

    [Fact]
    public async Task Baru_WithAnotherReportersNumber_ShowsNoSuccessMessage()
    {
        using var owner = factory.CreatePageClient();
        await owner.RegisterAsync();
        var number = await SubmitValidAsync(owner);
        using var stranger = factory.CreatePageClient();
        await stranger.RegisterAsync();

        var list = await stranger.GetPageAsync($"/Gratifikasi?baru={number}");

        Assert.Null(list.QuerySelector("[role=status]"));
    }

    [Theory]
    [InlineData("GRT-2026-99999")]
    [InlineData("ADU-2026-00001")]
    [InlineData("bukan-nomor")]
    public async Task UnknownOrComplaintNumber_Returns404(string number)
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.Http.GetAsync($"/Gratifikasi/Detail/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
