using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>A newcomer's way to the gratification form, the form's keyboard behaviour, and the report page as the case moves on.</summary>
public sealed partial class GratificationJourneyTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Newcomer_FromTheHomePage_LogsInOrRegisters_AndContinuesToTheForm(int width)
    {
        await using var session = await browser.NewSessionAsync(width);
        var page = session.Page;
        var overflows = new List<string>();

        await page.GotoAsync("/");
        await page.Locator("#gratifikasi").GetByRole(AriaRole.Link, new() { Name = "Lapor Gratifikasi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("main [data-return-note]")).ToContainTextAsync("Untuk melaporkan gratifikasi, Anda perlu masuk terlebih dahulu.");
        await CaptureAsync(page, "masuk-gratifikasi", overflows);

        await page.Locator("main a[data-daftar]").ClickAsync();
        await Expect(page.Locator("main [data-return-note]")).ToContainTextAsync("Lapor Gratifikasi");
        await Reporter.RegisterAsync(page, alreadyOnDaftar: true);
        var next = page.GetByRole(AriaRole.Link, new() { Name = "Lanjut: Lapor Gratifikasi" });
        await Expect(next).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lanjut: Tambah Pengaduan" })).ToHaveCountAsync(0);
        await CaptureAsync(page, "daftar-gratifikasi-selesai", overflows);

        await next.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lapor Gratifikasi", Exact = true })).ToBeVisibleAsync();
        Assert.True(overflows.Count == 0, string.Join("\n", overflows));
        session.Guard.AssertClean();
    }

    [Fact]
    public async Task EnterInAField_WithoutScript_SendsTheReport_NotTheDeadline()
    {
        await using var session = await browser.NewSessionAsync(javaScript: false);
        var page = session.Page;
        var (received, deadline) = await NearDeadlineAsync();
        await Reporter.RegisterAsync(page);
        await OpenFormAsync(page);

        // An incomplete form: Enter goes to the submit handler, which answers with the list of what is missing.
        await page.Locator("#Input_FullName").FillAsync("Rahmawati Saputri");
        var first = await page.RunAndWaitForRequestAsync(() => page.Locator("#Input_FullName").PressAsync("Enter"), r => r.Method == "POST");
        Assert.DoesNotContain("BatasWaktu", first.Url, StringComparison.OrdinalIgnoreCase);
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();

        // A complete one: Enter sends it.
        await page.Locator("#Input_ReceivedDate").FillAsync(received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillEverythingElseAsync(page);
        await page.Locator("#Input_ReceivedPlace").PressAsync("Enter");
        var number = await ListedNumberAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await AssertDetailAsync(page, number, deadline);
        session.Guard.AssertClean();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task FailedSubmit_WithScript_FocusesTheErrorSummary(int width)
    {
        await using var session = await browser.NewSessionAsync(width);
        var page = session.Page;
        var overflows = new List<string>();
        await Reporter.RegisterAsync(page);
        await OpenFormAsync(page);

        await page.Locator("#Input_ReceivedDate").FillAsync(DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.Locator("#Input_ReceivedDate")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#deadline-box")).Not.ToContainTextAsync("masa depan");
        await CaptureAsync(page, "gratifikasi-tambah-galat", overflows);
        Assert.True(overflows.Count == 0, string.Join("\n", overflows));
        session.Guard.AssertClean();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ReportPage_AsksForCompletionWithItsDeadline_ThenShowsItAndKpksDecisionInPlainWords(int width)
    {
        await using var session = await browser.NewSessionAsync(width);
        var page = session.Page;
        var overflows = new List<string>();
        var (received, _) = await NearDeadlineAsync();
        await Reporter.RegisterAsync(page);
        await OpenFormAsync(page);
        await page.Locator("#Input_ReceivedDate").FillAsync(received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillEverythingElseAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
        var number = await ListedNumberAsync(page);

        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14));
        while (due.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            due = due.AddDays(1);
        }

        await ChangeAsync(number, (report, db, sealer) =>
        {
            report.Status = GratificationStatus.PerluDilengkapi;
            report.DueOn = due;
            db.GratificationEvents.Add(new GratificationEvent
            {
                ReportId = report.Id, Status = GratificationStatus.PerluDilengkapi, Kind = ReportEventKind.StatusChanged, At = DateTime.UtcNow,
                SealedPublicNote = sealer.Seal(report.Id, "Mohon lampirkan foto objek dari sisi lain."),
            });
        });
        await page.GotoAsync($"/Gratifikasi/Detail/{number}");
        await Expect(page.Locator("#lengkapi [data-completion-due]")).ToHaveTextAsync($"Kirim kelengkapan paling lambat {due.ToString("dddd, d MMMM yyyy", Indonesian)}.");
        await CaptureAsync(page, "gratifikasi-detail-lengkapi", overflows);

        await page.GetByLabel("Informasi tambahan").FillAsync("Foto sisi lain sudah saya lampirkan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim kelengkapan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Kelengkapan Anda tersimpan" })).ToBeVisibleAsync();
        Assert.EndsWith($"/Gratifikasi/Detail/{number}?selesai=lengkap", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("ol.timeline li .status")).ToHaveTextAsync(["Diajukan", "Perlu Dilengkapi", "Dilengkapi pelapor"]);

        await ChangeAsync(number, (report, _, _) =>
        {
            report.Status = GratificationStatus.DitetapkanKpk;
            report.ForwardedToKpkOn = DateOnly.FromDateTime(DateTime.UtcNow);
            report.KpkDecision = KpkDecision.MilikNegara;
            report.KpkDecisionNumber = "SK-1234/GRAT/2026";
            report.KpkDecisionDate = DateOnly.FromDateTime(DateTime.UtcNow);
        });
        await page.GotoAsync($"/Gratifikasi/Detail/{number}");
        await Expect(page.Locator("[data-kpk-meaning]")).ToContainTextAsync("wajib Anda serahkan kepada negara");
        await CaptureAsync(page, "gratifikasi-detail-kpk", overflows);

        Assert.True(overflows.Count == 0, string.Join("\n", overflows));
        session.Guard.AssertClean();
    }

    /// <summary>Moves a stored report on behind the pages, as the UPG's work would.</summary>
    private async Task ChangeAsync(string number, Action<GratificationReport, WbsDbContext, ContentSealer> change)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number);
        change(report, db, scope.ServiceProvider.GetRequiredService<ContentSealer>());
        await db.SaveChangesAsync();
    }
}
