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
/// The back office with the reporter in Chromium: an Inspektur enrols an authenticator, verifies a complaint and asks
/// for completion; the reporter answers with a file; staff follow up and close. The reporter sees every public note
/// and never an internal one.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaffJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi inspektur yang panjang";

    private static readonly string[] PublicNotes =
    [
        "Pengaduan Anda sedang kami verifikasi.",
        "Mohon lampirkan foto kuitansi dan sebutkan jam kejadian.",
        "Pengaduan Anda ditindaklanjuti dengan pemeriksaan.",
        "Pemeriksaan selesai: pungutan terbukti dan sanksi disiplin diproses.",
    ];

    private static readonly string[] InternalNotes =
    [
        "RAHASIA-1 terlapor kerabat pejabat eselon dua.",
        "RAHASIA-2 saksi kedua belum bersedia diperiksa.",
        "RAHASIA-3 audit investigatif oleh Irban II.",
        "RAHASIA-4 rekomendasi ke BKPSDM.",
    ];

    [Fact]
    public async Task Journey_InspekturEnrolsVerifiesAsksForCompletion_ReporterCompletes_StaffClose()
    {
        await using var reporterSession = await browser.NewSessionAsync();
        await using var staffSession = await browser.NewSessionAsync();
        var reporter = reporterSession.Page;
        var staff = staffSession.Page;
        var overflows = new List<string>();

        // The reporter files a complaint with a photo.
        await Reporter.RegisterAsync(reporter);
        await Reporter.OpenNewReportFormAsync(reporter);
        await Reporter.FillPersonAsync(Reporter.PersonRows(reporter).Nth(0), ("Budi S.", "Petugas loket", "DPMPTSP"));
        await Reporter.FillReportAsync(reporter, new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png" });
        var number = await Reporter.SubmitAsync(reporter);

        // An administrator creates the Inspektur's account; the Inspektur signs in and must enrol an authenticator first.
        var username = "inspektur." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(username, [StaffRoles.Inspektur], StaffPassword);
            Assert.True(created.User is not null, string.Join(" ", created.Errors));
        }

        await staff.GotoAsync("/Staf");
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Masuk Petugas" })).ToBeVisibleAsync();
        await staff.GetByLabel("Nama pengguna").FillAsync(username);
        await staff.GetByLabel("Kata sandi").FillAsync(StaffPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Pasang aplikasi autentikator" })).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Img, new() { Name = "Kode QR untuk aplikasi autentikator" })).ToBeVisibleAsync();
        var key = Regex.Replace(await staff.Locator("[data-totp-key]").InnerTextAsync(), @"\s", "");
        var authenticator = new Totp(Base32Encoding.ToBytes(key));
        await CaptureAsync(staff, "staf-autentikator", overflows);
        await staff.GetByLabel("Kode dari aplikasi").FillAsync(authenticator.ComputeTotp(DateTime.UtcNow));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();

        // The password came from the administrator: the member chooses their own before the staff area opens.
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi Anda sendiri" })).ToBeVisibleAsync();
        await staff.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("hujan sore di jembatan mahakam");
        await staff.GetByLabel("Ulangi kata sandi baru").FillAsync("hujan sore di jembatan mahakam");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Simpan dan masuk" }).ClickAsync();

        // The inbox lists the new complaint with its deadline.
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Kotak Masuk Pengaduan" })).ToBeVisibleAsync();
        var row = staff.Locator("tbody tr").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("Diterima");
        await Expect(row).ToContainTextAsync("hari kerja lagi");
        await Expect(row).ToContainTextAsync("Belum didisposisi");
        await CaptureAsync(staff, "staf-kotak-masuk", overflows);

        // Verification: the checklist, then Verifikasi, then a request to complete the report.
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        var checklist = staff.GetByRole(AriaRole.Region, new() { Name = "Periksa 5W+1H" });
        foreach (var w in new[] { "What", "Who", "Where", "When" })
        {
            await checklist.GetByLabel(w).CheckAsync();
        }

        await checklist.GetByRole(AriaRole.Button, new() { Name = "Simpan daftar periksa" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Daftar periksa 5W+1H tersimpan.");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Periksa 5W+1H" }).GetByLabel("Who")).ToBeCheckedAsync();
        await ChangeStatusAsync(staff, "Verifikasi", PublicNotes[0], InternalNotes[0]);

        // A wrong step shows why and keeps what was typed: Perlu Dilengkapi needs a note for the reporter.
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await form.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = "Perlu Dilengkapi" });
        await form.GetByLabel("Catatan internal").FillAsync(InternalNotes[1]);
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Status belum diubah." })).ToContainTextAsync("Catatan untuk pelapor wajib diisi");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" }).GetByLabel("Catatan internal")).ToHaveValueAsync(InternalNotes[1]);
        await ChangeStatusAsync(staff, "Perlu Dilengkapi", PublicNotes[1], InternalNotes[1]);
        await CaptureAsync(staff, "staf-aduan", overflows);

        // The reporter sees the request, the notes for them and nothing internal, and completes the report with a file.
        await reporter.GotoAsync($"/Pengaduan/{number}");
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Perlu Dilengkapi");
        var request = reporter.GetByRole(AriaRole.Region, new() { Name = "Lengkapi pengaduan" });
        await Expect(request).ToContainTextAsync(PublicNotes[1]);
        await Expect(reporter.Locator("[data-contact-note]")).ToContainTextAsync("dapat menelepon nomor HP");
        await AssertReporterSeesAsync(reporter, PublicNotes[..2]);
        await CaptureAsync(reporter, "pelapor-perlu-dilengkapi", overflows);
        await request.GetByLabel("Informasi tambahan").FillAsync("Kejadian sekitar pukul 10.00 WITA. Foto kuitansi terlampir.");
        await request.GetByLabel("Berkas bukti tambahan").SetInputFilesAsync(new FilePayload { Name = "kuitansi.png", MimeType = "image/png", Buffer = TestImages.Png(64, 48) });
        await request.GetByRole(AriaRole.Button, new() { Name = "Kirim kelengkapan" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Status)).ToContainTextAsync("pengaduan kembali diverifikasi");
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Verifikasi");
        await Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" })).ToContainTextAsync("kuitansi.png");

        // Staff see the answer and the new file, follow up and close with an outcome.
        await staff.ReloadAsync();
        await Expect(staff.Locator(".status-block")).ToContainTextAsync("Verifikasi");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Percakapan dengan pelapor" })).ToContainTextAsync("Foto kuitansi terlampir.");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Berkas bukti" })).ToContainTextAsync("kuitansi.png");
        await ChangeStatusAsync(staff, "Ditindaklanjuti", PublicNotes[2], InternalNotes[2]);
        var notes = staff.GetByRole(AriaRole.Region, new() { Name = "Catatan internal" });
        await notes.GetByLabel("Tambah catatan internal").FillAsync("RAHASIA-5 jadwal klarifikasi terlapor pekan depan.");
        await notes.GetByRole(AriaRole.Button, new() { Name = "Simpan catatan" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Catatan internal tersimpan.");
        // With script the outcome appears only once Selesai is chosen.
        var closing = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await Expect(closing.GetByLabel("Terbukti", new() { Exact = true })).ToBeHiddenAsync();
        await ChangeStatusAsync(staff, "Selesai", PublicNotes[3], InternalNotes[3], outcome: "Terbukti");
        await Expect(staff.Locator("[data-outcome]")).ToHaveTextAsync("Terbukti");
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" })).ToContainTextAsync("status akhir");
        await CaptureAsync(staff, "staf-aduan-selesai", overflows);

        await staff.GotoAsync("/Staf?status=Selesai");
        await Expect(staff.Locator("tbody tr").Filter(new() { HasText = number })).ToContainTextAsync("Selesai");

        // The reporter sees every public note, in order, and never an internal one.
        await reporter.GotoAsync($"/Pengaduan/{number}");
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Selesai");
        await AssertReporterSeesAsync(reporter, PublicNotes);
        await CaptureAsync(reporter, "pelapor-selesai", overflows);

        // The same pages on a 390-pixel phone.
        await staff.SetViewportSizeAsync(390, 844);
        await staff.GotoAsync("/Staf");
        await CaptureAsync(staff, "staf-kotak-masuk", overflows);
        await staff.GotoAsync($"/Staf/Pengaduan/{number}");
        await CaptureAsync(staff, "staf-aduan-selesai", overflows);
        await reporter.SetViewportSizeAsync(390, 844);
        await reporter.ReloadAsync();
        await CaptureAsync(reporter, "pelapor-selesai", overflows);

        Assert.True(overflows.Count == 0, "Pages scroll sideways:\n" + string.Join("\n", overflows));
        staffSession.Guard.AssertClean();
        reporterSession.Guard.AssertClean();
    }

    private static async Task ChangeStatusAsync(IPage staff, string status, string publicNote, string internalNote, string? outcome = null)
    {
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await form.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = status });
        if (outcome is not null)
        {
            await form.GetByLabel(outcome, new() { Exact = true }).CheckAsync();
        }

        await form.GetByLabel("Catatan untuk pelapor").FillAsync(publicNote);
        await form.GetByLabel("Catatan internal").FillAsync(internalNote);
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status pengaduan diubah.");
        await Expect(staff.Locator(".status-block")).ToContainTextAsync(status);
    }

    private static async Task AssertReporterSeesAsync(IPage reporter, IReadOnlyList<string> publicNotes)
    {
        var history = reporter.GetByRole(AriaRole.Region, new() { Name = "Riwayat tindak lanjut" });
        var shown = await history.Locator("li p").AllInnerTextsAsync();
        Assert.Equal(publicNotes, shown.Where(publicNotes.Contains).ToList());
        var html = await reporter.ContentAsync();
        Assert.DoesNotContain("RAHASIA", html, StringComparison.Ordinal);
    }

    private static async Task CaptureAsync(IPage page, string name, List<string> overflows)
    {
        var width = page.ViewportSize?.Width ?? 0;
        var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (sideways > 0)
        {
            overflows.Add($"{name}: {sideways}px wider than the {width}px screen");
        }

        await Screenshots.TakeAsync(page, name);
    }
}
