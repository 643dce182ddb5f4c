using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using UglyToad.PdfPig;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// A letter comes in: a Verifikator records it with a scanned photo and prints the receipt with the access code; the
/// Inspektur gives an address on their notification page; the reporter follows the letter on Lacak with that code;
/// the Inspektur receives the deadline digest (read from the SMTP server), follows its link and finds the letter in the inbox.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class IntakeNotificationJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi petugas yang panjang";
    private const string OwnPassword = "angin laut di tanjung laut indah";

    [Fact]
    public async Task Journey_LetterRecordedWithPhotoAndReceipt_ReporterFollowsOnLacak_InspekturOpensTheDigestLink()
    {
        await using var inspekturSession = await browser.NewSessionAsync();
        await using var verifikatorSession = await browser.NewSessionAsync();
        await using var reporterSession = await browser.NewSessionAsync(width: 390, javaScript: false);
        var inspektur = inspekturSession.Page;
        var verifikator = verifikatorSession.Page;
        var reporter = reporterSession.Page;
        var overflows = new List<string>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var address = $"inspektur.{suffix}@inspektorat.example.go.id";

        // A Verifikator records the letter received today, with the scanned photo, for a reporter who wants to follow it online.
        await SignInFirstTimeAsync(verifikator, await CreateStaffAsync("verifikator." + suffix, StaffRoles.Verifikator));
        await verifikator.GetByRole(AriaRole.Navigation, new() { Name = "Menu petugas" }).GetByRole(AriaRole.Link, new() { Name = "Catat Laporan" }).ClickAsync();
        await Expect(verifikator.GetByRole(AriaRole.Heading, new() { Name = "Catat Laporan", Exact = true })).ToBeVisibleAsync();
        await verifikator.Locator("#Arrival_Channel").SelectOptionAsync(new SelectOptionValue { Label = "Surat" });
        await verifikator.GetByLabel("Tanggal diterima").FillAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await verifikator.GetByLabel("Nomor tiket SP4N-LAPOR! / keterangan kanal").FillAsync("Surat No. 7/XII/2026");
        var letter = new ComplaintFields { File = TestImages.Png(), FileName = "surat-pindai.png", FileMimeType = "image/png" };
        await Reporter.FillPersonAsync(Reporter.PersonRows(verifikator).Nth(0), letter.FirstPerson);
        await Reporter.FillReportAsync(verifikator, letter, declareGoodFaith: false);
        await verifikator.GetByLabel(new Regex("Pelapor ingin mengikuti pengaduan secara daring")).CheckAsync();
        await CaptureAsync(verifikator, "staf-catat-laporan", overflows);
        await verifikator.GetByRole(AriaRole.Button, new() { Name = "Simpan laporan" }).ClickAsync();

        await Expect(verifikator.GetByRole(AriaRole.Heading, new() { Name = "Laporan tercatat" })).ToBeVisibleAsync();
        await Expect(verifikator.GetByRole(AriaRole.Status)).ToContainTextAsync("Pengaduan melalui surat");
        var number = (await verifikator.Locator("[data-registration-number]").InnerTextAsync()).Trim();
        var code = (await verifikator.Locator("[data-access-code]").InnerTextAsync()).Trim();
        Assert.Matches(Reporter.RegistrationNumberPattern(), number);
        await CaptureAsync(verifikator, "staf-laporan-tercatat", overflows);
        var download = await verifikator.RunAndWaitForDownloadAsync(() =>
            verifikator.GetByRole(AriaRole.Button, new() { Name = "Unduh tanda terima (PDF)" }).ClickAsync());
        using (var receipt = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync())))
        {
            var printed = Regex.Replace(string.Concat(receipt.GetPages().Select(p => p.Text)), @"\s", "");
            Assert.Contains(number, printed, StringComparison.Ordinal);
            Assert.Contains(code.Replace("-", "", StringComparison.Ordinal), printed.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        // The Inspektur signs in for the first time and gives an address for notifications, keeping the digest. (After the
        // letter: the digest goes out once a day, and in a shared app another test's case may already have started today's.)
        await SignInFirstTimeAsync(inspektur, await CreateStaffAsync("inspektur." + suffix, StaffRoles.Inspektur));
        await inspektur.GetByRole(AriaRole.Navigation, new() { Name = "Menu petugas" }).GetByRole(AriaRole.Link, new() { Name = "Pemberitahuan" }).ClickAsync();
        await inspektur.GetByLabel("Alamat email").FillAsync(address);
        await Expect(inspektur.GetByLabel(new Regex("ringkasan", RegexOptions.IgnoreCase))).ToBeCheckedAsync();
        await inspektur.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(inspektur.GetByRole(AriaRole.Status)).ToContainTextAsync("disimpan");
        await CaptureAsync(inspektur, "staf-pemberitahuan", overflows);

        // The reporter, on a phone without script, follows the letter on Lacak with the receipt's number and code.
        await reporter.GotoAsync("/Lacak");
        await reporter.GetByLabel("Nomor registrasi").FillAsync(number);
        await reporter.GetByLabel("Kode akses").FillAsync(code);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Buka pengaduan" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Diterima");
        await Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" })).ToContainTextAsync("surat-pindai.png");
        await CaptureAsync(reporter, "lacak-surat", overflows);

        // The Inspektur's digest arrives by mail: the numbers due and a link, no report content, no reporter.
        var digest = await DigestForAsync(address);
        foreach (var secret in new[] { letter.Title, letter.FirstPerson.Name, "Surat No. 7", code })
        {
            Assert.DoesNotContain(secret, digest, StringComparison.Ordinal);
        }

        // The letter is listed, unless the shared app already holds more than a digest lists (the most urgent come first).
        if (digest.Contains(" laporan lain", StringComparison.Ordinal))
        {
            Assert.Equal(Wbs.Web.Notifications.DigestList.MaxCases, Regex.Count(digest, @"^- [A-Z]+-\d{4}-\d{5}: tenggat ", RegexOptions.Multiline));
        }
        else
        {
            Assert.Contains("- " + number + ": tenggat ", digest, StringComparison.Ordinal);
        }

        var link = LinkText().Match(digest);
        Assert.True(link.Success, "The digest carries no link:\n" + digest);
        Assert.StartsWith(browser.BaseAddress.ToString().TrimEnd('/'), link.Value, StringComparison.Ordinal);
        await inspektur.GotoAsync(link.Value);
        await Expect(inspektur.GetByRole(AriaRole.Heading, new() { Name = "Kotak Masuk Pengaduan" })).ToBeVisibleAsync();
        await Expect(inspektur.Locator("tbody tr").Filter(new() { HasText = number })).ToContainTextAsync("Diterima");

        Assert.True(overflows.Count == 0, "Pages scroll sideways:\n" + string.Join("\n", overflows));
        inspekturSession.Guard.AssertClean();
        verifikatorSession.Guard.AssertClean();
        reporterSession.Guard.AssertClean();
    }

    private async Task<string> CreateStaffAsync(string username, string role)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(username, [role], StaffPassword);
        Assert.True(created.User is not null, string.Join(" ", created.Errors));
        return username;
    }

    /// <summary>The first sign-in: the password from the admin, an authenticator enrolled, then a password of one's own.</summary>
    private static async Task SignInFirstTimeAsync(IPage staff, string username)
    {
        await staff.GotoAsync("/Staf");
        await staff.GetByLabel("Nama pengguna").FillAsync(username);
        await staff.GetByLabel("Kata sandi").FillAsync(StaffPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        var key = Regex.Replace(await staff.Locator("[data-totp-key]").InnerTextAsync(), @"\s", "");
        await staff.GetByLabel("Kode dari aplikasi").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi Anda sendiri" })).ToBeVisibleAsync();
        await staff.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync(OwnPassword);
        await staff.GetByLabel("Ulangi kata sandi baru").FillAsync(OwnPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Simpan dan masuk" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Navigation, new() { Name = "Menu petugas" })).ToBeVisibleAsync();
    }

    private async Task<string> DigestForAsync(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var digest = browser.Mail.Messages().FirstOrDefault(m =>
                m.Contains("X-Envelope-To: " + address, StringComparison.Ordinal) && m.Contains("Ringkasan tenggat", StringComparison.Ordinal));
            if (digest is not null)
            {
                return digest;
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException($"No deadline digest reached {address} within 30 s; {browser.Mail.Count} messages arrived in all:\n"
            + string.Join("\n", browser.Mail.Messages().Select(m => string.Join(" | ", m.Split('\n').Where(l => l.StartsWith("X-Envelope-To", StringComparison.Ordinal) || l.StartsWith("Subject", StringComparison.Ordinal))))));
    }

    private static async Task CaptureAsync(IPage page, string name, List<string> overflows)
    {
        var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (sideways > 0)
        {
            overflows.Add($"{name}: {sideways}px wider than the {page.ViewportSize?.Width}px screen");
        }

        await Screenshots.TakeAsync(page, name);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/Staf\b")]
    private static partial Regex LinkText();
}
