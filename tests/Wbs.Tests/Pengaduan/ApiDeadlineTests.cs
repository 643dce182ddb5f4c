using System.Net;
using System.Net.Http.Json;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;

namespace Wbs.Tests.Pengaduan;

/// <summary>Deadlines as staff see them through the API: counted from the agency's local day, overdue once passed.</summary>
public sealed class ApiDeadlineTests : IAsyncLifetime
{
    // Wednesday 30 December 2026, 23.30 WITA (UTC+8).
    private readonly AdjustableClock clock = new(new DateTimeOffset(2026, 12, 30, 15, 30, 0, TimeSpan.Zero));
    private readonly WbsFactory factory;
    private ApiClient reporter = null!;
    private ApiClient inspektur = null!;
    private TestStaff inspekturAccount = null!;

    public ApiDeadlineTests()
    {
        factory = new WbsFactory { Clock = clock };
    }

    public async Task InitializeAsync()
    {
        reporter = factory.CreateApiClient();
        await reporter.SignUpAsync();
        inspekturAccount = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        inspektur = await BackOfficeStaff.ApiAsync(factory, inspekturAccount);
    }

    public Task DisposeAsync()
    {
        reporter.Dispose();
        inspektur.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Submission_JustBeforeAndAfterLocalMidnight_CountsFromTheAgencysDay()
    {
        var late = await reporter.CreateValidReportAsync();
        clock.Now = clock.Now.AddMinutes(59);
        var early = await reporter.CreateValidReportAsync();

        // From Wednesday 30 December: 31 Dec, 4, 6, 7, 8 January (1 and 5 January are holidays).
        Assert.Equal("2027-01-08", await DueOnAsync(late));
        // From Thursday 31 December, 00.29 WITA although it is still 30 December in UTC.
        Assert.Equal("2027-01-11", await DueOnAsync(early));
    }

    [Fact]
    public async Task FollowUp_StartsItsOwnSixtyWorkingDays_AndCompletionTwenty()
    {
        var number = await reporter.CreateValidReportAsync();
        await ChangeAsync(number, new { status = "Verifikasi" });
        Assert.Equal("2027-01-08", await DueOnAsync(number));

        await ChangeAsync(number, new { status = "Perlu Dilengkapi", publicNote = "Mohon lengkapi waktu kejadian." });
        // Twenty working days from 30 December 2026: 31 December, then all 19 of January (1 and 5 are holidays) end on 29 January.
        Assert.Equal("2027-01-29", await DueOnAsync(number));

        await ChangeAsync(number, new { status = "Verifikasi" });
        await ChangeAsync(number, new { status = "Ditindaklanjuti" });
        Assert.Equal(
            WorkingDays.Add(new DateOnly(2026, 12, 30), 60, Wbs.Web.Data.HolidaySeed.All().Select(h => h.Date).ToHashSet()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            await DueOnAsync(number));
    }

    [Fact]
    public async Task Report_PastItsDeadline_IsOverdue_AndCountedAndFiltered()
    {
        var number = await reporter.CreateValidReportAsync();
        var onTime = await inspektur.GetJsonAsync("/api/v1/staff/reports?overdue=true");
        Assert.Equal(0, onTime.GetProperty("total").GetInt32());

        // The due day (8 January) itself is still on time; Monday 11 January is past it.
        clock.Now = new DateTimeOffset(2027, 1, 8, 8, 0, 0, TimeSpan.Zero);
        await SignInAgainAsync();
        var dueDay = await inspektur.GetJsonAsync("/api/v1/staff/reports");
        Assert.Equal("DueSoon", dueDay.GetProperty("items")[0].GetProperty("deadline").GetString());
        clock.Now = new DateTimeOffset(2027, 1, 11, 1, 0, 0, TimeSpan.Zero);
        await SignInAgainAsync();
        var overdue = await inspektur.GetJsonAsync("/api/v1/staff/reports?overdue=true");

        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal(1, overdue.GetProperty("overdueTotal").GetInt32());
        Assert.Equal(number, overdue.GetProperty("items")[0].GetProperty("registrationNumber").GetString());
        Assert.Equal("Overdue", overdue.GetProperty("items")[0].GetProperty("deadline").GetString());
    }

    // Tokens last an hour: after the clock jumps days, the Inspektur signs in again.
    private async Task SignInAgainAsync()
    {
        inspektur.Dispose();
        inspektur = await BackOfficeStaff.ApiAsync(factory, inspekturAccount, enrol: false);
    }

    private async Task ChangeAsync(string number, object body)
    {
        using var response = await inspektur.Http.PostAsJsonAsync($"/api/v1/staff/reports/{number}/status", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<string?> DueOnAsync(string number) =>
        (await inspektur.GetJsonAsync("/api/v1/staff/reports/" + number)).GetProperty("dueOn").GetString();
}
