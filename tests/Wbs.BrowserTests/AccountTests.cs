using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class AccountTests(BrowserFixture browser)
{
    [Fact]
    public async Task LogOut_ThenLogIn_OpensOwnReportList()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var account = await Reporter.RegisterAsync(page);

        await Reporter.LogOutAsync(page);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Masuk" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Pengaduan", Exact = true })).ToHaveCountAsync(0);

        // Signed out, the complaint pages send the reporter to Masuk.
        await page.GotoAsync("/Pengaduan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Masuk", Exact = true })).ToBeVisibleAsync();

        await Reporter.LogInAsync(page, account with { Password = account.Password + "x" });
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nama samaran atau kata sandi salah.");
        await Expect(page.GetByLabel("Nama samaran")).ToHaveValueAsync(account.Username);

        await Reporter.LogInAsync(page, account);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pengaduan Saya", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Anda belum mempunyai pengaduan.")).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToBeVisibleAsync();
        session.Guard.AssertClean();
    }

    [Fact]
    public async Task RecoveryCode_FromRegistration_ResetsPassword()
    {
        await using var session = await browser.NewSessionAsync(width: 390);
        var page = session.Page;
        var account = await Reporter.RegisterAsync(page);
        await Reporter.LogOutAsync(page);

        await page.GotoAsync("/Akun/Masuk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lupa kata sandi?" }).ClickAsync();
        var newPassword = "hujan sore di " + account.Username[6..];
        await page.GetByLabel("Nama samaran").FillAsync(account.Username);
        // People copy codes in lower case and without dashes; both must work.
        await page.GetByLabel("Kode pemulihan").FillAsync(account.RecoveryCode.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        await page.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("Ulangi kata sandi baru").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ganti kata sandi" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kata sandi sudah diganti" })).ToBeVisibleAsync();
        var nextCode = (await page.Locator("[data-recovery-code]").InnerTextAsync()).Trim();
        Assert.NotEqual(account.RecoveryCode, nextCode);

        await Reporter.LogInAsync(page, account);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nama samaran atau kata sandi salah.");
        await Reporter.LogInAsync(page, account with { Password = newPassword });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pengaduan Saya", Exact = true })).ToBeVisibleAsync();
        session.Guard.AssertClean();
    }
}
