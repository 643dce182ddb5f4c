using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>
/// Peraturan KPK 1/2026 Pasal 14: a report marked Perlu Dilengkapi must be completed within 20 working days of the
/// report's date, or it is not followed up ("Tidak Dapat Ditindaklanjuti").
/// </summary>
public class CompletionWindowTests
{
    // Thursday 6 August 2026, 10.00 WITA. Twenty working days later, skipping the weekends and the holidays of
    // 17 and 25 August, is Monday 7 September (without the holidays it would be Thursday 3 September).
    private static readonly DateTimeOffset Sent = new(2026, 8, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly SentOn = new(2026, 8, 6);
    private static readonly DateOnly LastDay = new(2026, 9, 7);

    private sealed class Scene : IDisposable
    {
        public required BackOfficeFactory Factory { get; init; }
        public required AdjustableClock Clock { get; init; }
        public required StaffMember Officer { get; init; }
        public required Reporter Reporter { get; init; }
        public required string Number { get; init; }

        /// <summary>Sent on 6 August through the form; the UPG asks for more on Wednesday 12 August.</summary>
        public static async Task<Scene> BuildAsync(Action<BackOfficeFactory>? configure = null)
        {
            var clock = new AdjustableClock(Sent);
            var factory = new BackOfficeFactory { Clock = clock };
            configure?.Invoke(factory);
            using var browser = factory.CreatePageClient();
            var reporter = await browser.RegisterAsync();
            var number = await GratificationPages.SubmitValidAsync(browser, GratificationSamples.Draft(SentOn));
            var officer = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
            clock.Now = Sent.AddDays(6);
            using var upg = await officer.BrowserAsync();
            await UpgPage.MoveAsync(upg, number, SentOn.AddDays(6), GratificationStatus.PerluDilengkapi);
            return new Scene { Factory = factory, Clock = clock, Officer = officer, Reporter = reporter, Number = number };
        }

        public void At(DateOnly day) => Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

        public async Task<PageClient> ReporterAsync()
        {
            var browser = Factory.CreatePageClient();
            using var _ = await browser.LoginAsync(Reporter.Username, Reporter.Password);
            return browser;
        }

        public async Task<Wbs.Web.Features.Kasus.Outcome> CompleteAsync()
        {
            await using var scope = Factory.CreateScope();
            var reporterId = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByNameAsync(Reporter.Username))!.Id;
            return await scope.ServiceProvider.GetRequiredService<ReporterGratifications>()
                .CompleteAsync(reporterId, Number, "Foto objek sudah saya lampirkan.", [], default);
        }

        public void Dispose() => Factory.Dispose();
    }

    [Fact]
    public async Task PerluDilengkapi_DueTwentyWorkingDaysFromTheReportDate_AcrossWeekendsAndHolidays()
    {
        using var scene = await Scene.BuildAsync();

        using var reporter = await scene.ReporterAsync();
        var page = await reporter.GetPageAsync($"/Gratifikasi/Detail/{scene.Number}");
        var rule = page.Text("[data-completion-rule]");
        Assert.Contains("7 September 2026", rule, StringComparison.Ordinal);
        Assert.Contains("20 hari kerja sejak tanggal laporan", rule, StringComparison.Ordinal);
        Assert.Contains("tidak dapat ditindaklanjuti", rule, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#lengkapi form"));

        using var upg = await scene.Officer.BrowserAsync();
        var staff = await upg.GetPageAsync(UpgPage.Url(scene.Number));
        Assert.Equal("open", staff.QuerySelector("[data-completion-flag]")!.GetAttribute("data-completion-flag"));
        Assert.Equal("(s.d. 7 September 2026)", staff.Text("[data-due]"));
        Assert.Equal("7 September 2026", staff.Text("[data-completion-due]"));
    }

    [Fact]
    public async Task OnTheLastDay_TheReporterMayStillComplete()
    {
        using var scene = await Scene.BuildAsync();
        scene.At(LastDay);

        var outcome = await scene.CompleteAsync();

        Assert.True(outcome.IsOk, string.Join("; ", outcome.Errors.Values));
    }

    [Fact]
    public async Task OnTheLastDay_TheUpgCannotCloseItYet()
    {
        using var scene = await Scene.BuildAsync();
        scene.At(LastDay);
        using var upg = await scene.Officer.BrowserAsync();

        using var response = await UpgPage.ChangeStatusAsync(upg, scene.Number, UpgPage.StatusForm(nameof(GratificationStatus.TidakDapatDitindaklanjuti)));

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("setelah batas waktu melengkapi lewat (7 September 2026)", PageClient.ErrorsOn(page), StringComparison.Ordinal);
        Assert.Equal(GratificationStatus.PerluDilengkapi, (await StatusAsync(scene)));
    }

    [Fact]
    public async Task TheDayAfter_CompletionIsRefused_TheUpgIsFlagged_AndClosesIt_AndTheReporterIsTold()
    {
        using var scene = await Scene.BuildAsync();
        scene.At(LastDay.AddDays(1));

        var refused = await scene.CompleteAsync();
        Assert.False(refused.IsOk);
        Assert.Contains("sudah lewat", string.Join(" ", refused.Errors.Values), StringComparison.Ordinal);

        using (var reporter = await scene.ReporterAsync())
        {
            var page = await reporter.GetPageAsync($"/Gratifikasi/Detail/{scene.Number}");
            Assert.Contains("sudah lewat", page.Text("[data-completion-rule]"), StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#lengkapi form"));
        }

        using var upg = await scene.Officer.BrowserAsync();
        var staff = await upg.GetPageAsync(UpgPage.Url(scene.Number));
        Assert.Equal("passed", staff.QuerySelector("[data-completion-flag]")!.GetAttribute("data-completion-flag"));
        Assert.Contains("row-overdue", (await upg.GetPageAsync(UpgPage.Inbox)).QuerySelector($"tbody tr[data-number='{scene.Number}']")!.ClassName ?? "", StringComparison.Ordinal);

        await UpgPage.MoveAsync(upg, scene.Number, LastDay.AddDays(1), GratificationStatus.TidakDapatDitindaklanjuti);

        Assert.Equal(GratificationStatus.TidakDapatDitindaklanjuti, await StatusAsync(scene));
        using (var reporter = await scene.ReporterAsync())
        {
            var page = await reporter.GetPageAsync($"/Gratifikasi/Detail/{scene.Number}");
            Assert.Contains("tidak dapat ditindaklanjuti", page.Text("[data-not-followed-up]"), StringComparison.Ordinal);
            Assert.Contains("8 Sep 2026", page.Text("[data-not-followed-up]"), StringComparison.Ordinal);
            Assert.Equal("Tidak Dapat Ditindaklanjuti", page.Text(".status-block .status"));
        }

        // Final: nothing follows it, and it is not counted as resolved.
        Assert.Null((await upg.GetPageAsync(UpgPage.Url(scene.Number))).QuerySelector("#ubah-status form"));
        await using var scope = scene.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Wbs.Web.Data.WbsDbContext>();
        Assert.Null(db.GratificationReports.Single(r => r.RegistrationNumber == scene.Number).ResolvedAt);
    }

    [Fact]
    public async Task TheWindowIsASettingOfItsOwn_NotTheComplaintsOne()
    {
        using var scene = await Scene.BuildAsync(f =>
        {
            f.Settings["Wbs:Gratification:CompletionWorkingDays"] = "30";
            f.Settings["Wbs:Deadlines:CompletionWorkingDays"] = "5";
        });

        using var upg = await scene.Officer.BrowserAsync();

        // 30 working days from 6 August: Monday 21 September.
        Assert.Equal("(s.d. 21 September 2026)", (await upg.GetPageAsync(UpgPage.Url(scene.Number))).Text("[data-due]"));
    }

    private static async Task<GratificationStatus> StatusAsync(Scene scene)
    {
        await using var scope = scene.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Wbs.Web.Data.WbsDbContext>();
        return db.GratificationReports.Single(r => r.RegistrationNumber == scene.Number).Status;
    }
}
