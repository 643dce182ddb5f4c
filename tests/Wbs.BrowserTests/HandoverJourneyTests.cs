using System.IO.Compression;
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
/// A complaint handed to KPK: the Inspektur verifies it, marks passages with "Hitamkan pilihan" and by hand, makes the
/// package and downloads it from the case page; the case file read back from the ZIP lacks the blacked-out words.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class HandoverJourneyTests(BrowserFixture browser)
{
    private const string StaffPassword = "sandi petugas yang panjang";
    private const string OwnPassword = "ombak pagi di pantai marina";

    [Fact]
    public async Task Journey_InspekturPreparesAndDownloadsAPackage_TheBlackedOutWordsAreNotInItsText()
    {
        await using var reporterSession = await browser.NewSessionAsync();
        await using var staffSession = await browser.NewSessionAsync();
        var reporter = reporterSession.Page;
        var staff = staffSession.Page;

        await Reporter.RegisterAsync(reporter);
        await Reporter.OpenNewReportFormAsync(reporter);
        var fields = new ComplaintFields { File = TestImages.Png(), FileName = "foto-loket.png" };
        await Reporter.FillPersonAsync(Reporter.PersonRows(reporter).Nth(0), fields.FirstPerson);
        await Reporter.FillReportAsync(reporter, fields);
        var number = await Reporter.SubmitAsync(reporter);

        await SignInFirstTimeAsync(staff, await CreateStaffAsync("inspektur.limpah." + Guid.NewGuid().ToString("N")[..6]));
        await staff.GotoAsync("/Staf/Pengaduan/" + number);
        var status = staff.GetByRole(AriaRole.Region, new() { Name = "Ubah status" });
        await status.GetByLabel("Status baru").SelectOptionAsync(new SelectOptionValue { Label = "Verifikasi" });
        await status.GetByRole(AriaRole.Button, new() { Name = "Simpan status" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status pengaduan diubah.");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Siapkan paket pelimpahan" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Pelimpahan " + number })).ToBeVisibleAsync();
        await staff.GetByLabel("Instansi penerima").SelectOptionAsync(new SelectOptionValue { Label = "KPK" });
        await staff.GetByLabel("Nomor surat pengantar").FillAsync("700/112/ITKO/XII/2026");

        // With script: select the amount in the description and press "Hitamkan pilihan".
        var description = staff.Locator("#bagian-uraian");
        await description.EvaluateAsync("(box, word) => { const at = box.value.indexOf(word); box.focus(); box.setSelectionRange(at, at + word.length); }", "Rp 500.000");
        await staff.Locator("[data-redact='bagian-uraian']").ClickAsync();
        Assert.Contains("[[Rp 500.000]]", await description.InputValueAsync(), StringComparison.Ordinal);

        // By hand: the markers typed around the name.
        await staff.Locator("#bagian-terlapor-0").FillAsync("[[Budi S.]], Petugas loket (DPMPTSP)");
        await Screenshots.TakeAsync(staff, "staf-pelimpahan");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Buat paket pelimpahan" }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Paket pelimpahan dibuat dan pengaduan berstatus Diteruskan.");
        await Expect(staff.Locator(".status-block")).ToContainTextAsync("Diteruskan");
        await Expect(staff.Locator("[data-forwarded]")).ToHaveTextAsync("KPK");
        await Expect(staff.Locator("[data-package]")).ToContainTextAsync("1 berkas · 2 bagian dihitamkan · identitas tidak disertakan");

        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Unduh paket" }).ClickAsync());
        Assert.Equal($"pelimpahan-{number}-", download.SuggestedFilename[..(number.Length + 12)]);
        using var zip = ZipFile.OpenRead(await download.PathAsync());
        await using var pdfStream = zip.GetEntry($"berkas-pelimpahan-{number}.pdf")!.Open();
        using var copy = new MemoryStream();
        await pdfStream.CopyToAsync(copy);
        using var pdf = PdfDocument.Open(copy.ToArray());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.DoesNotContain("Rp 500.000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tambahan Rp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi", text, StringComparison.Ordinal);
        Assert.Contains("Petugas loket meminta uang tambahan", text, StringComparison.Ordinal);
        Assert.Contains("agar izin usaha cepat terbit", text, StringComparison.Ordinal);
        Assert.Contains("Petugas loket (DPMPTSP)", text, StringComparison.Ordinal);
        Assert.Contains("Untuk: KPK — Pelimpahan No. 700/112/ITKO/XII/2026", text, StringComparison.Ordinal);
        Assert.Single(zip.Entries, e => e.FullName.StartsWith("bukti/", StringComparison.Ordinal));

        // The reporter reads that the case went on, and nothing of the package.
        await reporter.GotoAsync("/Pengaduan/" + number);
        await Expect(reporter.Locator(".status-block")).ToContainTextAsync("Diteruskan");
        await Expect(reporter.Locator("[data-identity-handed-over]")).ToHaveCountAsync(0);
        staffSession.Guard.AssertClean();
        reporterSession.Guard.AssertClean();
    }

    private async Task<string> CreateStaffAsync(string username)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(username, [StaffRoles.Inspektur], StaffPassword);
        Assert.True(created.User is not null, string.Join(" ", created.Errors));
        return username;
    }

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
}
