using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Staf;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// The UPG in Chromium: a civil servant's gratification report arrives; the UPG officer enrols an authenticator, opens
/// the report, reveals the identity for a reason, verifies it, forwards it to KPK, records KPK's decision and closes it.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class UpgJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi petugas upg yang panjang";
    private const string FullName = "Rahmawati Saputri";
    private const string Nik = "6474015512880003";

    [Fact]
    public async Task Journey_UpgRevealsVerifiesForwardsRecordsTheDecisionAndCloses()
    {
        await using var session = await browser.NewSessionAsync();
        var upg = session.Page;
        var overflows = new List<string>();
        var number = await SubmitGratificationAsync();

        // An administrator creates the UPG officer's account; the officer enrols an authenticator on first sign-in.
        var username = "upg." + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(username, [StaffRoles.Upg], StaffPassword);
            Assert.True(created.User is not null, string.Join(" ", created.Errors));
        }

        await upg.GotoAsync("/Staf/Gratifikasi");
        await upg.GetByLabel("Nama pengguna").FillAsync(username);
        await upg.GetByLabel("Kata sandi").FillAsync(StaffPassword);
        await upg.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        var key = Regex.Replace(await upg.Locator("[data-totp-key]").InnerTextAsync(), @"\s", "");
        await upg.GetByLabel("Kode dari aplikasi").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await upg.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();

        // The password came from the administrator: the member chooses their own before the staff area opens.
        await Expect(upg.GetByRole(AriaRole.Heading, new() { Name = "Buat kata sandi Anda sendiri" })).ToBeVisibleAsync();
        await upg.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("hujan sore di jembatan mahakam");
        await upg.GetByLabel("Ulangi kata sandi baru").FillAsync("hujan sore di jembatan mahakam");
        await upg.GetByRole(AriaRole.Button, new() { Name = "Simpan dan masuk" }).ClickAsync();

        // The menu leads to the gratification inbox, which lists the report with its deadlines.
        await upg.GetByRole(AriaRole.Navigation, new() { Name = "Menu petugas" }).GetByRole(AriaRole.Link, new() { Name = "Gratifikasi" }).ClickAsync();
        await Expect(upg.GetByRole(AriaRole.Heading, new() { Name = "Kotak Masuk Gratifikasi" })).ToBeVisibleAsync();
        var row = upg.Locator("tbody tr").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("Diajukan");
        await Expect(row).ToContainTextAsync("10 hari kerja lagi");
        await Expect(row).ToContainTextAsync("Uang / setara uang");
        await CaptureAsync(upg, "upg-kotak-masuk", overflows);

        // Search by number, without script the same as with it.
        await upg.GetByLabel("Nomor registrasi").FillAsync(number);
        await upg.GetByRole(AriaRole.Button, new() { Name = "Terapkan" }).ClickAsync();
        await Expect(upg.Locator("tbody tr")).ToHaveCountAsync(1);

        // The report shows a masked identity; revealing it needs a reason.
        await upg.Locator("tbody tr").GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(upg.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        var identity = upg.GetByRole(AriaRole.Region, new() { Name = "Identitas pelapor" });
        await Expect(identity.Locator("[data-masked=name]")).ToHaveTextAsync("R•••••");
        await Expect(identity.Locator("[data-masked=nik]")).ToHaveTextAsync("•••••");
        Assert.DoesNotContain(Nik, await upg.ContentAsync(), StringComparison.Ordinal);
        var kpkForm = upg.GetByRole(AriaRole.Region, new() { Name = "Formulir KPK" });
        await Expect(kpkForm).ToContainTextAsync("setelah laporan berstatus Diverifikasi UPG");
        await Expect(kpkForm.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await CaptureAsync(upg, "upg-gratifikasi", overflows);
        await identity.GetByText("Tampilkan identitas lengkap").ClickAsync();
        await identity.GetByLabel("Alasan").FillAsync("Klarifikasi nilai amplop langsung kepada pelapor.");
        await identity.GetByRole(AriaRole.Button, new() { Name = "Tampilkan identitas" }).ClickAsync();
        await Expect(upg.Locator("[data-revealed=name]")).ToHaveTextAsync(FullName);
        await Expect(upg.Locator("[data-revealed=nik]")).ToHaveTextAsync(Nik);
        await Expect(upg.Locator("[data-reveal-reload]")).ToContainTextAsync("Memuat ulang halaman ini");
        await CaptureAsync(upg, "upg-identitas-dibuka", overflows);

        // Verify; the KPK form is then printed through its form with a reason, as a download.
        await ChangeStatusAsync(upg, "Diverifikasi UPG", "Laporan Anda telah diverifikasi UPG.");
        await kpkForm.GetByText("Cetak formulir KPK (PDF)").ClickAsync();
        await kpkForm.GetByLabel("Alasan mencetak").FillAsync("Penerusan laporan kepada KPK sesuai Pasal 12C.");
        var download = await upg.RunAndWaitForDownloadAsync(() => kpkForm.GetByRole(AriaRole.Button, new() { Name = "Unduh formulir KPK" }).ClickAsync());
        Assert.Equal($"formulir-kpk-{number}.pdf", download.SuggestedFilename);
        var saved = Path.Combine(Screenshots.Folder, "formulir-kpk.pdf");
        await download.SaveAsAsync(saved);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(saved))[..5]), StringComparison.Ordinal);
        await CaptureAsync(upg, "upg-gratifikasi-diverifikasi", overflows);

        // Forward to KPK (the date field appears for that move only), record the decision, close.
        var form = upg.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await Expect(form.GetByLabel("Tanggal diteruskan ke KPK")).ToBeHiddenAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar")));
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ChangeStatusAsync(upg, "Diteruskan ke KPK", "Laporan Anda diteruskan ke KPK.", async f => await f.GetByLabel("Tanggal diteruskan ke KPK").FillAsync(iso));
        await Expect(upg.Locator("[data-forwarded]")).ToHaveTextAsync(today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")));
        await ChangeStatusAsync(upg, "Ditetapkan KPK", "KPK menetapkan gratifikasi menjadi milik negara.", async f =>
        {
            await f.GetByLabel("Milik negara").CheckAsync();
            await f.GetByLabel("Nomor surat keputusan").FillAsync("123/KPK-GRAT/2026");
            await f.Locator("#Ubah_SignatoryLevel").SelectOptionAsync("Administrator");
            await f.GetByLabel("Penanda tangan SK (jabatan, sesuai surat)").FillAsync("Direktur Gratifikasi dan Pelayanan Publik");
            await f.GetByLabel("Tanggal surat keputusan").FillAsync(iso);
        });
        await Expect(upg.Locator("[data-decision]")).ToContainTextAsync("Milik negara · SK 123/KPK-GRAT/2026");
        await ChangeStatusAsync(upg, "Selesai", "Penanganan laporan gratifikasi selesai.");
        await Expect(upg.GetByRole(AriaRole.Region, new() { Name = "Ubah status" })).ToContainTextAsync("status akhir");
        await CaptureAsync(upg, "upg-gratifikasi-selesai", overflows);

        // The same pages on a 390-pixel phone.
        await upg.SetViewportSizeAsync(390, 844);
        await upg.GotoAsync("/Staf/Gratifikasi");
        await CaptureAsync(upg, "upg-kotak-masuk", overflows);
        await upg.GotoAsync($"/Staf/Gratifikasi/{number}");
        await CaptureAsync(upg, "upg-gratifikasi-selesai", overflows);

        Assert.True(overflows.Count == 0, "Pages scroll sideways:\n" + string.Join("\n", overflows));
        session.Guard.AssertClean();
    }

    /// <summary>A civil servant's report of an envelope of money, sent through the service as the reporter's page would.</summary>
    private async Task<string> SubmitGratificationAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<ReporterAccounts>()
            .RegisterAsync(new RegistrationRequest("samaran_" + Guid.NewGuid().ToString("N")[..8], "kalimat rahasia saya", "081255501234", null));
        Assert.True(registered.IsOk, string.Join(" ", registered.Errors.Values));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar")));
        var draft = new GratificationDraft
        {
            ReportType = "penerimaan", FullName = FullName, Nik = Nik, Nip = "198812152010012003",
            Position = "Penata Muda / Analis Perizinan", Unit = "Bidang Perizinan", Institution = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            PhoneNumber = "081255501234", Email = "rahma.contoh@example.org", Address = "Jl. Brigjend Katamso No. 7, Bontang",
            GiverName = "PT Sinar Kaltim Abadi", GiverOccupation = "Kontraktor pengadaan", Relationship = "penyedia-atau-penerima-layanan",
            Occasion = "terkait-tugas", ObjectType = "uang", ObjectDescription = "Amplop berisi uang tunai pecahan Rp100.000", EstimatedValue = "2.500.000",
            ReceivedDate = today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ReceivedPlace = "Ruang kerja, kantor DPMPTSP",
            ObjectLocation = "dititipkan-di-upg", Chronology = "Setelah izin terbit, perwakilan perusahaan datang dan meninggalkan amplop di meja saya.",
        };
        var result = await scope.ServiceProvider.GetRequiredService<GratificationSubmission>().SubmitAsync(registered.Value!.User.Id, draft, [], default);
        return result.Value?.RegistrationNumber ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Values));
    }

    private static async Task ChangeStatusAsync(IPage upg, string status, string publicNote, Func<ILocator, Task>? extra = null)
    {
        var form = upg.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await form.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = status });
        if (extra is not null)
        {
            await extra(form);
        }

        await form.GetByLabel("Catatan untuk pelapor").FillAsync(publicNote);
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Expect(upg.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status laporan diubah.");
        await Expect(upg.Locator(".status-block")).ToContainTextAsync(status);
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
