using System.Globalization;
using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>The reporter's whole journey in Chromium, with and without JavaScript.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ReporterJourneyTests(BrowserFixture browser)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    [Fact]
    public async Task Journey_WithScript_ReportWithPhotoAndAddedPerson_ShowsNumberAndDownloadsPhoto()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var report = new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png", FileMimeType = "image/png" };

        await Reporter.RegisterAsync(page);
        await Reporter.OpenNewReportFormAsync(page);

        // With script the form starts with one reported person; "add another" brings the next row and focuses it.
        var rows = Reporter.PersonRows(page);
        await Expect(rows).ToHaveCountAsync(1);
        await Reporter.FillPersonAsync(rows.Nth(0), report.FirstPerson);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah terlapor lain" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1)).ToContainTextAsync("Terlapor 2");
        await Expect(rows.Nth(1).GetByLabel("Nama", new() { Exact = true })).ToBeFocusedAsync();
        await Reporter.FillPersonAsync(rows.Nth(1), report.SecondPerson);
        await Reporter.FillReportAsync(page, report);

        // The live 5W+1H preview and the early file check agree with what was typed.
        await Expect(page.Locator("[data-w-count]")).ToHaveTextAsync("6");
        await Expect(page.Locator("#file-summary")).ToContainTextAsync("1 berkas dipilih");

        var number = await Reporter.SubmitAsync(page);
        Assert.StartsWith("ADU-" + DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), number, StringComparison.Ordinal);
        await AssertListedAsync(page, number, report);
        await AssertReportPageAsync(page, number, report, twoPersons: true);
        await AssertPhotoDownloadsAsync(page, report, downloaded => Assert.Equal(report.File, downloaded));
        session.Guard.AssertClean();
    }

    [Fact]
    public async Task Journey_WithoutScript_FixedPersonRows_StoreReportWithPhoto()
    {
        await using var session = await browser.NewSessionAsync(javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/");
        // A real JPEG made by the browser itself: a picture of the home page.
        var photo = await page.ScreenshotAsync(new() { Type = ScreenshotType.Jpeg, Quality = 70, Clip = new() { X = 0, Y = 0, Width = 320, Height = 200 } });
        var report = new ComplaintFields
        {
            Title = "Pemotongan honor tenaga kontrak",
            ViolationType = "Penyalahgunaan Wewenang",
            Unit = "Dinas Kesehatan",
            File = photo,
            FileName = "bukti-honor.jpg",
            FileMimeType = "image/jpeg",
        };

        await Reporter.RegisterAsync(page);
        await Reporter.OpenNewReportFormAsync(page);

        // Without script the fixed rows are there and the "add another" button stays hidden.
        var rows = Reporter.PersonRows(page);
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tambah terlapor lain" })).ToBeHiddenAsync();
        await Reporter.FillPersonAsync(rows.Nth(0), report.FirstPerson);
        await Reporter.FillPersonAsync(rows.Nth(1), report.SecondPerson);
        await Reporter.FillReportAsync(page, report);

        var number = await Reporter.SubmitAsync(page);
        await AssertListedAsync(page, number, report);
        await AssertReportPageAsync(page, number, report, twoPersons: true);
        await AssertPhotoDownloadsAsync(page, report, downloaded =>
        {
            Assert.True(TestImages.LooksLikeJpeg(downloaded), "The downloaded photo is not a JPEG.");
            Assert.True(downloaded.Length > 1000, $"The downloaded photo is only {downloaded.Length} bytes.");
        });
        session.Guard.AssertClean();
    }

    private static async Task AssertListedAsync(IPage page, string number, ComplaintFields report)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pengaduan Saya", Exact = true })).ToBeVisibleAsync();
        var row = page.Locator("tbody tr").Filter(new() { HasText = number });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(report.Title);
        await Expect(row).ToContainTextAsync(report.ViolationType);
        await Expect(row).ToContainTextAsync("Diterima");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
    }

    private static async Task AssertReportPageAsync(IPage page, string number, ComplaintFields report, bool twoPersons)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.Locator(".status-block")).ToContainTextAsync("Diterima");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = report.Title })).ToBeVisibleAsync();
        var facts = main.Locator(".facts");
        await Expect(facts).ToContainTextAsync(report.ViolationType);
        await Expect(facts).ToContainTextAsync(report.Description.Split('\n')[0]);
        await Expect(facts).ToContainTextAsync($"{report.FirstPerson.Name}, {report.FirstPerson.Position} ({report.FirstPerson.Unit})");
        if (twoPersons)
        {
            await Expect(facts).ToContainTextAsync($"{report.SecondPerson.Name}, {report.SecondPerson.Position} ({report.SecondPerson.Unit})");
        }

        await Expect(facts).ToContainTextAsync(report.Witnesses);
        await Expect(facts).ToContainTextAsync(report.Location);
        await Expect(facts).ToContainTextAsync(report.Unit);
        await Expect(facts).ToContainTextAsync(
            report.IncidentDate.ToString("d MMMM yyyy", Indonesian) + " sampai " + report.IncidentDateEnd.ToString("d MMMM yyyy", Indonesian));
        await Expect(facts).ToContainTextAsync(report.Why);
        await Expect(facts).ToContainTextAsync(report.How);
        await Expect(facts).ToContainTextAsync("Rp " + report.EstimatedLoss);

        var history = page.GetByRole(AriaRole.Region, new() { Name = "Riwayat tindak lanjut" });
        await Expect(history.Locator("li")).ToHaveCountAsync(1);
        await Expect(history).ToContainTextAsync("Diterima");
    }

    private static async Task AssertPhotoDownloadsAsync(IPage page, ComplaintFields report, Action<byte[]> check)
    {
        var evidence = page.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" });
        var link = evidence.GetByRole(AriaRole.Link, new() { Name = report.FileName });
        await Expect(link).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(report.FileName, download.SuggestedFilename);
        var downloaded = await File.ReadAllBytesAsync(await download.PathAsync());
        check(downloaded);
    }
}
