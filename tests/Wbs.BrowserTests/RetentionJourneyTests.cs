using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.Retensi;
using Wbs.Web.Features.Staf;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// Retention in Chromium: an Inspektur rejects a complaint, places a legal hold with its reason and lifts it; once the
/// case's last day is behind it the retention job erases it, and both the staff page and the reporter's page say so.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class RetentionJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi inspektur retensi yang panjang";

    [Fact]
    public async Task Journey_InspekturHoldsAndLifts_ThenTheErasedCaseSaysSoToStaffAndReporter()
    {
        await using var reporterSession = await browser.NewSessionAsync();
        await using var staffSession = await browser.NewSessionAsync();
        var reporter = reporterSession.Page;
        var staff = staffSession.Page;
        await Reporter.RegisterAsync(reporter);
        await Reporter.OpenNewReportFormAsync(reporter);
        await Reporter.FillPersonAsync(Reporter.PersonRows(reporter).Nth(0), ("Budi S.", "Petugas loket", "DPMPTSP"));
        await Reporter.FillReportAsync(reporter, new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png" });
        var number = await Reporter.SubmitAsync(reporter);

        var username = "inspektur.r" + Guid.NewGuid().ToString("N")[..6];
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
        await staff.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("gerimis pagi di tepi sungai");
        await staff.GetByLabel("Ulangi kata sandi baru").FillAsync("gerimis pagi di tepi sungai");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Simpan dan masuk" }).ClickAsync();

        await staff.GotoAsync($"/Staf/Pengaduan/{number}");
        foreach (var (status, note) in new[] { ("Verifikasi", "Sedang kami verifikasi."), ("Ditolak", "Di luar kewenangan Inspektorat.") })
        {
            var form = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
            await form.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = status });
            await form.GetByLabel("Catatan untuk pelapor").FillAsync(note);
            await form.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Status pengaduan diubah.");
        }

        var retention = staff.GetByRole(AriaRole.Region, new() { Name = "Retensi dan penahanan" });
        await Expect(retention).ToContainTextAsync("Isi kasus disimpan sampai");
        await retention.GetByRole(AriaRole.Button, new() { Name = "Tahan kasus" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Retensi dan penahanan" })).ToContainTextAsync("Tuliskan alasan penahanan");
        retention = staff.GetByRole(AriaRole.Region, new() { Name = "Retensi dan penahanan" });
        await retention.GetByLabel("Alasan penahanan (legal hold)").FillAsync("Permintaan Polres Bontang nomor B/77/XII/2026");
        await retention.GetByRole(AriaRole.Button, new() { Name = "Tahan kasus" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Kasus ditahan");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Retensi dan penahanan" })).ToContainTextAsync("Permintaan Polres Bontang nomor B/77/XII/2026");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lepas penahanan" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status).First).ToContainTextAsync("Penahanan dilepas");

        // Its last day is made yesterday's (years pass in a moment here); the job then erases it.
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
            await db.Complaints.Where(r => r.RegistrationNumber == number).ExecuteUpdateAsync(s => s.SetProperty(r => r.RetainUntil, yesterday));
            var run = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(Guid.NewGuid(), dryRun: false, default);
            Assert.Contains(number, run!.Cases.Select(c => c.Number));
        }

        await staff.ReloadAsync();
        await Expect(staff.Locator("[data-erased]")).ToContainTextAsync("Isi telah dihapus sesuai jadwal retensi");
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Tahan kasus" })).ToHaveCountAsync(0);
        await reporter.GotoAsync($"/Pengaduan/{number}");
        await Expect(reporter.Locator("[data-erased]")).ToContainTextAsync("Isi telah dihapus sesuai jadwal retensi");
    }
}
