using Wbs.Tests.Api;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Gratifikasi;

/// <summary>A report sent on the weekend after a Friday deadline is late, though no working day has passed since.</summary>
public class WeekendAfterDeadlineTests
{
    // Sunday 29 November 2026, 10:00 WITA.
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Post_OnSundayAfterAFridayDeadline_IsReportedLateEverywhere()
    {
        var received = new DateOnly(2026, 10, 16);
        var deadline = GratificationApiForm.LegalDeadline(received);
        Assert.Equal(DayOfWeek.Friday, deadline.DayOfWeek);
        Assert.Equal(new DateOnly(2026, 11, 27), deadline);

        using var factory = new WbsFactory { Clock = new AdjustableClock(Sunday) };
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var draft = GratificationSamples.Draft(new DateOnly(2026, 11, 29));
        draft.ReceivedDate = "2026-10-16";

        var number = await GratificationApiForm.CreateAsync(api, draft);

        var detail = await api.GetJsonAsync($"/api/v1/gratifications/{number}");
        Assert.Equal("2026-11-27", detail.GetProperty("reportDeadline").GetString());
        Assert.False(detail.GetProperty("reportedInTime").GetBoolean());
    }

    [Fact]
    public async Task DeadlinePreview_OnSundayAfterAFridayDeadline_SaysItHasPassed()
    {
        using var factory = new WbsFactory { Clock = new AdjustableClock(Sunday) };
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.Http.GetAsync("/Gratifikasi/Tambah?handler=BatasWaktu&tanggal=2026-10-16");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("passed", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("Batas waktu sudah lewat.", json.RootElement.GetProperty("leftText").GetString());
        Assert.Contains("sudah lewat", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
