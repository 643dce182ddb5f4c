using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>
/// Holidays and agency settings edited by an admin, seen where they matter: the deadline a new report gets, the
/// footer of every page, and a second node sharing the database.
/// </summary>
public sealed class AdminCalendarAndSettingsTests : IAsyncLifetime
{
    // Monday 8 June 2026, 10.00 WITA: the next holiday is Tahun Baru Islam on Tuesday 16 June.
    private readonly AdjustableClock clock = new(new DateTimeOffset(2026, 6, 8, 2, 0, 0, TimeSpan.Zero));
    private readonly WbsFactory factory;
    private TestStaff admin = null!;
    private PageClient browser = null!;
    private ApiClient reporter = null!;
    private ApiClient inspektur = null!;

    public AdminCalendarAndSettingsTests()
    {
        factory = new WbsFactory { Clock = clock, Settings = { ["Wbs:SettingsRefreshSeconds"] = "0" } };
    }

    public async Task InitializeAsync()
    {
        admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        browser = await BackOfficeStaff.PagesAsync(factory, admin);
        reporter = factory.CreateApiClient();
        await reporter.SignUpAsync();
        inspektur = await BackOfficeStaff.ApiAsync(factory, await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur));
    }

    public Task DisposeAsync()
    {
        browser.Dispose();
        reporter.Dispose();
        inspektur.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Holiday_AddedThenDeleted_MovesTheDeadlineOfNewReports()
    {
        Assert.Equal("2026-06-15", await DueOfNewReportAsync());

        using (var added = await browser.SubmitAsync("/Staf/Admin/HariLibur?tahun=2026",
            new Dictionary<string, string?> { ["date"] = "2026-06-10", ["name"] = "Hari jadi Kota" }, formSelector: "form[data-form=add]"))
        {
            var page = await browser.FollowAsync(added);
            Assert.Equal("Hari jadi Kota", page.QuerySelector("tr[data-date='2026-06-10'] input[name=name]")?.GetAttribute("value"));
        }

        // 10 June is now off and 16 June is Tahun Baru Islam: 9, 11, 12, 15 and 17 June.
        Assert.Equal("2026-06-17", await DueOfNewReportAsync());

        using (var deleted = await browser.SubmitAsync("/Staf/Admin/HariLibur?tahun=2026", new Dictionary<string, string?>(),
            formSelector: "tr[data-date='2026-06-10'] form[data-form=delete]"))
        {
            var page = await browser.FollowAsync(deleted);
            Assert.Null(page.QuerySelector("tr[data-date='2026-06-10']"));
        }

        Assert.Equal("2026-06-15", await DueOfNewReportAsync());
        var details = await AuditAsync(AuditActions.MasterData, "hari-libur:2026-06-10");
        Assert.Equal(["ditambah: Hari jadi Kota", "dihapus: Hari jadi Kota"], details);
    }

    [Fact]
    public async Task Holidays_AreListedPerYear_AndCanBeRenamed()
    {
        var year2027 = await browser.GetPageAsync("/Staf/Admin/HariLibur?tahun=2027");
        var dates = year2027.QuerySelectorAll("tr[data-date]").Select(r => r.GetAttribute("data-date")!).ToList();
        Assert.Contains("2027-01-01", dates);
        Assert.All(dates, d => Assert.StartsWith("2027-", d, StringComparison.Ordinal));

        using var renamed = await browser.SubmitAsync("/Staf/Admin/HariLibur?tahun=2027", new Dictionary<string, string?> { ["name"] = "Tahun Baru Masehi 2027" },
            formSelector: "tr[data-date='2027-01-01'] form[data-form=rename]");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("tahun=2027", renamed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await browser.FollowAsync(renamed);
        Assert.Equal("Tahun Baru Masehi 2027", page.QuerySelector("tr[data-date='2027-01-01'] input[name=name]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("2026-12-25", "Natal lagi", "sudah tercatat")]
    [InlineData("2026-13-01", "Bulan keliru", "Isi tanggal")]
    [InlineData("2026-07-01", "", "wajib diisi")]
    public async Task Holiday_DuplicateBadDateOrNoName_IsRefused(string date, string name, string message)
    {
        using var response = await browser.SubmitAsync("/Staf/Admin/HariLibur", new Dictionary<string, string?> { ["date"] = date, ["name"] = name },
            formSelector: "form[data-form=add]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PageClient.ErrorsOn(await PageClient.ParseAsync(response)), StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        Assert.False(await db.Holidays.AnyAsync(h => h.Name == "Natal lagi" || h.Date == new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public async Task Settings_Saved_ShowOnEveryPageAndOnAnotherNode_AndAreAudited()
    {
        var form = await browser.GetPageAsync("/Staf/Admin/Pengaturan");
        Assert.Equal("Inspektorat Kota Bontang", form.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal("5", form.QuerySelector("input[name='Input.VerificationWorkingDays']")?.GetAttribute("value"));
        Assert.Equal("10", form.QuerySelector("input[name='Input.GratificationForwardingWorkingDays']")?.GetAttribute("value"));

        using var saved = await browser.SubmitAsync(form, "/Staf/Admin/Pengaturan", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Inspektorat Kabupaten Kutai Timur",
            ["Input.City"] = "Sangatta",
            ["Input.ContactLines"] = "Telepon (0549) 21000\nWhatsApp 0811 5555 000",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var footer = (await browser.GetPageAsync("/")).QuerySelector("footer")!.TextContent;
        Assert.Contains("Inspektorat Kabupaten Kutai Timur", footer, StringComparison.Ordinal);
        Assert.Contains("WhatsApp 0811 5555 000", footer, StringComparison.Ordinal);
        using (var node = factory.AnotherNode())
        {
            var html = await node.CreateClient().GetStringAsync("/");
            Assert.Contains("Inspektorat Kabupaten Kutai Timur", html, StringComparison.Ordinal);
            Assert.Contains("Telepon (0549) 21000", html, StringComparison.Ordinal);
        }

        var detail = Assert.Single(await AuditAsync(AuditActions.Settings, "pengaturan-instansi"));
        Assert.Contains("Name: Inspektorat Kota Bontang -> Inspektorat Kabupaten Kutai Timur", detail, StringComparison.Ordinal);
        Assert.Contains("City: Bontang -> Sangatta", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("VerificationWorkingDays", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_ShorterVerificationDeadline_AppliesToNewReports()
    {
        using var saved = await browser.SubmitAsync("/Staf/Admin/Pengaturan", new Dictionary<string, string?> { ["Input.VerificationWorkingDays"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("2026-06-11", await DueOfNewReportAsync());
        Assert.Contains("VerificationWorkingDays: 5 -> 3", Assert.Single(await AuditAsync(AuditActions.Settings, "pengaturan-instansi")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_TimeZone_ChangesTheZoneShownOnPages()
    {
        using var saved = await browser.SubmitAsync("/Staf/Admin/Pengaturan", new Dictionary<string, string?> { ["Input.TimeZone"] = "Asia/Jakarta" });

        var page = await browser.FollowAsync(saved);
        Assert.EndsWith("WIB.", page.QuerySelector("p.meta")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("09.00 WIB", page.QuerySelector("p.meta")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.VerificationWorkingDays", "0", "Tenggat verifikasi")]
    [InlineData("Input.Name", "", "Nama instansi wajib diisi.")]
    [InlineData("Input.TimeZone", "Europe/Amsterdam", "zona waktu")]
    public async Task Settings_Invalid_AreRefused_AndNothingIsSaved(string field, string value, string message)
    {
        using var response = await browser.SubmitAsync("/Staf/Admin/Pengaturan", new Dictionary<string, string?> { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, PageClient.ErrorsOn(await PageClient.ParseAsync(response)), StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AgencySettings.AnyAsync());
    }

    private async Task<string?> DueOfNewReportAsync()
    {
        var number = await reporter.CreateValidReportAsync();
        var detail = await inspektur.GetJsonAsync("/api/v1/staff/reports/" + number);
        return detail.GetProperty("dueOn").GetString();
    }

    private async Task<List<string?>> AuditAsync(string action, string subject)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .Where(e => e.Action == action && e.Subject == subject).OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync();
    }
}
