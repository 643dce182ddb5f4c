using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// Reporting without an account in Chromium with JavaScript off (Tor Browser at "safest"): home, Kirim Pengaduan,
/// tanpa akun, the form with a photo, the number and code, Keluar, Lacak with both; staff ask for completion, the
/// reporter completes on Lacak, staff close, the reporter sees Selesai. Screenshots at 1280 and 390 pixels.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class AnonymousJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi inspektur tanpa akun";

    [Fact]
    public async Task Journey_WithoutScript_ReportWithoutAccount_FollowedOnLacakToSelesai()
    {
        await using var reporterSession = await browser.NewSessionAsync(javaScript: false);
        await using var staffSession = await browser.NewSessionAsync();
        var reporter = reporterSession.Page;
        var staff = staffSession.Page;
        var overflows = new List<string>();

        await reporter.GotoAsync("/");
        await reporter.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Kirim Pengaduan" }).First.ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Kirim Pengaduan", Exact = true })).ToBeVisibleAsync();
        await CaptureBothAsync(reporter, "tanpa-akun-pilihan", overflows);
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Kirim tanpa akun" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Tambah Pengaduan tanpa akun" })).ToBeVisibleAsync();
        await Expect(reporter.GetByLabel("Nomor HP (opsional)")).ToBeEmptyAsync();

        await Reporter.FillPersonAsync(Reporter.PersonRows(reporter).Nth(0), ("Budi S.", "Petugas loket", "DPMPTSP"));
        await Reporter.FillReportAsync(reporter, new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png" });
        await CaptureBothAsync(reporter, "tanpa-akun-formulir", overflows);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();

        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Pengaduan terkirim" })).ToBeVisibleAsync();
        var number = (await reporter.Locator("[data-registration-number]").InnerTextAsync()).Trim();
        var code = (await reporter.Locator("[data-access-code]").InnerTextAsync()).Trim();
        Assert.Matches(Reporter.RegistrationNumberPattern(), number);
        Assert.Matches(CodePattern(), code);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), reporter.Url.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await CaptureBothAsync(reporter, "tanpa-akun-kode", overflows);
        await reporter.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Status)).ToContainTextAsync("Anda telah keluar");

        await OpenOnLacakAsync(reporter, number, code);
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Diterima");
        await Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" })).ToContainTextAsync("foto-loket.png");

        // Staff sign in (enrolling an authenticator), see "tanpa akun", verify and ask for completion.
        var username = "inspektur." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(username, [StaffRoles.Inspektur], StaffPassword);
            Assert.True(created.User is not null, string.Join(" ", created.Errors));
        }

        await staff.GotoAsync("/Staf");
        await staff.GetByLabel("Nama pengguna").FillAsync(username);
        await staff.GetByLabel("Kata sandi").FillAsync(StaffPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        var key = Regex.Replace(await staff.Locator("[data-totp-key]").InnerTextAsync(), @"\s", "");
        await staff.GetByLabel("Kode dari aplikasi").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();

        // The password came from the administrator: the member chooses their own before the staff area opens.
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi Anda sendiri" })).ToBeVisibleAsync();
        await staff.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("hujan sore di jembatan mahakam");
        await staff.GetByLabel("Ulangi kata sandi baru").FillAsync("hujan sore di jembatan mahakam");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Simpan dan masuk" }).ClickAsync();
        var row = staff.Locator("tbody tr").Filter(new() { HasText = number });
        await Expect(row.Locator("[data-without-account]")).ToHaveTextAsync("tanpa akun");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(staff.Locator("[data-without-account-contact]")).ToContainTextAsync("tidak meninggalkan kontak");
        await ChangeStatusAsync(staff, "Verifikasi", "Sedang diverifikasi.");
        await ChangeStatusAsync(staff, "Perlu Dilengkapi", "Mohon lampirkan foto kuitansi.");
        await CaptureAsync(staff, "tanpa-akun-staf", overflows);

        // The reporter completes on Lacak, with a file, without script.
        await reporter.ReloadAsync();
        var request = reporter.GetByRole(AriaRole.Region, new() { Name = "Lengkapi pengaduan" });
        await Expect(request).ToContainTextAsync("Mohon lampirkan foto kuitansi.");
        await request.GetByLabel("Informasi tambahan").FillAsync("Foto kuitansi terlampir.");
        await request.GetByLabel("Berkas bukti tambahan").SetInputFilesAsync(new FilePayload { Name = "kuitansi.png", MimeType = "image/png", Buffer = TestImages.Png(64, 48) });
        await request.GetByRole(AriaRole.Button, new() { Name = "Kirim kelengkapan" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Status)).ToContainTextAsync("pengaduan kembali diverifikasi");
        await Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" })).ToContainTextAsync("kuitansi.png");

        // Staff follow up and close; the reporter, back through Lacak, sees Selesai.
        await staff.ReloadAsync();
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Percakapan dengan pelapor" })).ToContainTextAsync("Foto kuitansi terlampir.");
        await ChangeStatusAsync(staff, "Ditindaklanjuti", "Ditindaklanjuti dengan pemeriksaan.");
        await ChangeStatusAsync(staff, "Selesai", "Pemeriksaan selesai: terbukti.", outcome: "Terbukti");
        await reporter.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await OpenOnLacakAsync(reporter, number, code);
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Selesai");
        await CaptureBothAsync(reporter, "tanpa-akun-lacak-selesai", overflows);

        Assert.True(overflows.Count == 0, "Pages scroll sideways:\n" + string.Join("\n", overflows));
        reporterSession.Guard.AssertClean();
        staffSession.Guard.AssertClean();
    }

    private static async Task OpenOnLacakAsync(IPage reporter, string number, string code)
    {
        await reporter.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Lacak Pengaduan" }).ClickAsync();
        await reporter.GetByLabel("Nomor registrasi").FillAsync(number);
        await reporter.GetByLabel("Kode akses").FillAsync(code);
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Buka pengaduan" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
    }

    private static async Task ChangeStatusAsync(IPage staff, string status, string publicNote, string? outcome = null)
    {
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await form.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = status });
        if (outcome is not null)
        {
            await form.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        }

        await form.GetByLabel("Catatan untuk pelapor").FillAsync(publicNote);
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status pengaduan diubah.");
        await Expect(staff.Locator(".status-block")).ToContainTextAsync(status);
    }

    private static async Task CaptureBothAsync(IPage page, string name, List<string> overflows)
    {
        await CaptureAsync(page, name, overflows);
        await page.SetViewportSizeAsync(390, 844);
        await CaptureAsync(page, name, overflows);
        await page.SetViewportSizeAsync(1280, 900);
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

    [GeneratedRegex(@"^\d{5}(-\d{5}){4}$")]
    private static partial Regex CodePattern();
}
