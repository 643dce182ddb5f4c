using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Wbs.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// A reporter downloads the receipt, anyone types its code on /verifikasi without JavaScript and sees "Sah"; a code
/// with one character changed is refused. Screenshots of /verifikasi at 1280 and 390 pixels for a person.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class ReceiptVerificationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task DownloadedReceipt_TypedOnVerifikasi_IsSah_AndATamperedOneIsRefused()
    {
        string number, code;
        await using (var session = await browser.NewSessionAsync())
        {
            var page = session.Page;
            await Reporter.RegisterAsync(page);
            await Reporter.OpenNewReportFormAsync(page);
            var report = new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png", FileMimeType = "image/png" };
            await Reporter.FillPersonAsync(Reporter.PersonRows(page).Nth(0), report.FirstPerson);
            await Reporter.FillReportAsync(page, report);
            number = await Reporter.SubmitAsync(page);
            await page.GotoAsync($"/Pengaduan/{number}");
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Unduh tanda terima (PDF)" }).ClickAsync());
            code = CodeOf(await File.ReadAllBytesAsync(await download.PathAsync()));
        }

        // The checker needs no account and no script.
        await using var checker = await browser.NewSessionAsync(javaScript: false);
        var verify = checker.Page;
        await verify.GotoAsync("/verifikasi");
        await Screenshots.TakeAsync(verify, "verifikasi");
        await verify.GetByLabel("Kode verifikasi").FillAsync(code);
        await verify.GetByRole(AriaRole.Button, new() { Name = "Periksa kode" }).ClickAsync();
        await Expect(verify.Locator("[data-verification-result]")).ToHaveTextAsync(new Regex($"^Sah: nomor {number} diterima pada .+ WITA$"));
        await Screenshots.TakeAsync(verify, "verifikasi-sah");

        // One character of the signature changed.
        var last = code.TrimEnd()[^1];
        var tampered = code.TrimEnd()[..^1] + (last == 'A' ? 'B' : 'A');
        await verify.GotoAsync("/verifikasi");
        await Expect(verify.Locator("[data-verification-result]")).ToHaveCountAsync(0);
        await verify.GetByLabel("Kode verifikasi").FillAsync(tampered);
        Assert.Equal(tampered, await verify.GetByLabel("Kode verifikasi").InputValueAsync());
        await verify.GetByRole(AriaRole.Button, new() { Name = "Periksa kode" }).ClickAsync();
        await Expect(verify.Locator("[data-verification-result]")).ToHaveTextAsync("Tidak sah");
        await Expect(verify.Locator("main")).Not.ToContainTextAsync(number);
        checker.Guard.AssertClean();
    }

    [Fact]
    public async Task Verifikasi_OnAPhone_FitsTheScreen()
    {
        await using var session = await browser.NewSessionAsync(width: 390, javaScript: false);
        var page = session.Page;
        await page.GotoAsync("/verifikasi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Verifikasi Tanda Terima" })).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"/verifikasi scrolls sideways on a phone ({scrollWidth} px).");
        await Screenshots.TakeAsync(page, "verifikasi");
        session.Guard.AssertClean();
    }

    private static string CodeOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var match = CodeText().Match(document.GetPage(1).Text);
        Assert.True(match.Success, "The downloaded receipt prints no verification code.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("Kode verifikasi:(.*?)Pindai", RegexOptions.Singleline)]
    private static partial Regex CodeText();
}
