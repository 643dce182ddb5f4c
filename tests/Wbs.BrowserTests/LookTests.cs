using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// Walks the reporter's pages on a desktop and on a 390-pixel phone, saves full-page screenshots for a person to
/// look at, and fails on sideways scrolling, a broken CSP or a request to another host.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LookTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ReporterPages_FitTheScreen_AndAreCaptured(int width)
    {
        await using var session = await browser.NewSessionAsync(width);
        var page = session.Page;
        var overflows = new List<string>();

        async Task CaptureAsync(string name)
        {
            var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (sideways > 0)
            {
                overflows.Add($"{name}: {sideways}px wider than the {width}px screen");
            }

            await Screenshots.TakeAsync(page, name);
        }

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Kirim Pengaduan" }).First).ToBeVisibleAsync();
        await CaptureAsync("beranda");

        await page.GotoAsync("/Akun/Masuk");
        await CaptureAsync("masuk");

        await page.GotoAsync("/Akun/Daftar");
        await CaptureAsync("daftar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CaptureAsync("daftar-galat");

        await Reporter.RegisterAsync(page);
        await CaptureAsync("daftar-kode");

        await Reporter.OpenNewReportFormAsync(page);
        await CaptureAsync("tambah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pengaduan belum terkirim.");
        await CaptureAsync("tambah-galat");

        var report = new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket-pelayanan-terpadu-satu-pintu-bontang.png" };
        await Reporter.FillPersonAsync(Reporter.PersonRows(page).Nth(0), report.FirstPerson);
        await Reporter.FillReportAsync(page, report);
        var number = await Reporter.SubmitAsync(page);
        await CaptureAsync("aduan");

        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        await CaptureAsync("detail");

        Assert.True(overflows.Count == 0, "Pages scroll sideways:\n" + string.Join("\n", overflows));
        session.Guard.AssertClean();
    }
}
