using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests.Infrastructure;

public sealed record ReporterAccount(string Username, string Password, string PhoneNumber, string RecoveryCode);

/// <summary>What a test types into "Tambah Pengaduan", so it can check the same words on the report's page.</summary>
public sealed record ComplaintFields
{
    public string ViolationType { get; init; } = "Pungutan Liar";
    public string Title { get; init; } = "Pungutan dalam pengurusan izin usaha";
    public string Description { get; init; } = "Petugas loket meminta uang tambahan Rp 500.000 agar izin usaha cepat terbit.\nTidak ada kuitansi.";
    public (string Name, string Position, string Unit) FirstPerson { get; init; } = ("Budi S.", "Petugas loket", "DPMPTSP");
    public (string Name, string Position, string Unit) SecondPerson { get; init; } = ("Pak Rahmat", "Kepala seksi perizinan", "DPMPTSP");
    public string Witnesses { get; init; } = "Dua pemohon lain yang antre pada hari yang sama.";
    public string Unit { get; init; } = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";
    public string Location { get; init; } = "Loket 3, Mal Pelayanan Publik, Bontang";
    public DateOnly IncidentDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20));
    public DateOnly IncidentDateEnd { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-6));
    public string Why { get; init; } = "Agar berkas didahulukan dari antrean.";
    public string How { get; init; } = "Uang diminta tunai di luar loket dan tanpa tanda terima.";
    public string EstimatedLoss { get; init; } = "1.500.000";
    public string FileName { get; init; } = "foto-loket.png";
    public string FileMimeType { get; init; } = "image/png";
    public byte[] File { get; init; } = [];
}

/// <summary>The steps a reporter takes, written as a person would do them.</summary>
public static partial class Reporter
{
    public static ReporterAccount NewAccount()
    {
        // Letters only, so the pseudonym can never contain the phone number it is registered with.
        var name = "saksi." + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 8);
        var phone = "0812" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return new ReporterAccount(name, "kopi pagi di " + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 6), phone, "");
    }

    /// <summary>Registers through Daftar and reads the recovery code shown once; the reporter is then signed in.</summary>
    public static async Task<ReporterAccount> RegisterAsync(IPage page, ReporterAccount? account = null, bool alreadyOnDaftar = false)
    {
        account ??= NewAccount();
        if (!alreadyOnDaftar)
        {
            await page.GotoAsync("/Akun/Daftar");
        }

        await page.GetByLabel("Nama samaran").FillAsync(account.Username);
        await page.GetByLabel(PasswordLabel()).FillAsync(account.Password);
        await page.GetByLabel("Ulangi kata sandi").FillAsync(account.Password);
        await page.GetByLabel("Nomor HP").FillAsync(account.PhoneNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Akun Anda sudah dibuat" })).ToBeVisibleAsync();
        var code = (await page.Locator("[data-recovery-code]").InnerTextAsync()).Trim();
        Assert.Matches(RecoveryCodePattern(), code);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToBeVisibleAsync();
        return account with { RecoveryCode = code };
    }

    public static async Task LogInAsync(IPage page, ReporterAccount account)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Nama samaran").FillAsync(account.Username);
        await page.GetByLabel("Kata sandi").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    public static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Expect(page.GetByText("Anda sudah keluar.")).ToBeVisibleAsync();
    }

    /// <summary>Opens the form the way the home page tells people to: menu "Pengaduan", then "Tambah".</summary>
    public static async Task OpenNewReportFormAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Pengaduan", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pengaduan Saya", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tambah", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tambah Pengaduan" })).ToBeVisibleAsync();
    }

    /// <summary>Fills every field except the reported persons, which differ with and without script.</summary>
    /// <summary>Fills the report fields; a reporter also declares good faith, staff recording a letter do not.</summary>
    public static async Task FillReportAsync(IPage page, ComplaintFields report, bool declareGoodFaith = true)
    {
        await page.GetByLabel("Jenis pelanggaran").SelectOptionAsync(new SelectOptionValue { Label = report.ViolationType });
        await page.GetByLabel("Judul pengaduan").FillAsync(report.Title);
        await page.GetByLabel("Uraian kejadian").FillAsync(report.Description);
        await page.GetByLabel("Saksi").FillAsync(report.Witnesses);
        await page.GetByLabel("Unit kerja / OPD tempat kejadian").SelectOptionAsync(new SelectOptionValue { Label = report.Unit });
        await page.GetByLabel("Lokasi (tempat / alamat)").FillAsync(report.Location);
        await page.GetByLabel("Tanggal kejadian").FillAsync(report.IncidentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Sampai tanggal").FillAsync(report.IncidentDateEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Motif / penyebab").FillAsync(report.Why);
        await page.GetByLabel("Modus / kronologi").FillAsync(report.How);
        await page.GetByLabel("Perkiraan nilai kerugian").FillAsync(report.EstimatedLoss);
        await page.GetByLabel("Berkas bukti").SetInputFilesAsync(new FilePayload { Name = report.FileName, MimeType = report.FileMimeType, Buffer = report.File });
        if (declareGoodFaith)
        {
            await page.GetByLabel("itikad baik").CheckAsync();
        }
    }

    public static async Task FillPersonAsync(ILocator row, (string Name, string Position, string Unit) person)
    {
        await row.GetByLabel("Nama", new() { Exact = true }).FillAsync(person.Name);
        await row.GetByLabel("Jabatan").FillAsync(person.Position);
        await row.GetByLabel("Unit kerja / OPD").FillAsync(person.Unit);
    }

    public static ILocator PersonRows(IPage page) => page.Locator("[data-person-row]");

    /// <summary>Submits and reads the number from the success message on the "Aduan" list.</summary>
    public static async Task<string> SubmitAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pengaduan" }).ClickAsync();
        var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Pengaduan berhasil dikirim." });
        await Expect(notice).ToBeVisibleAsync();
        var number = RegistrationNumberPattern().Match(await notice.InnerTextAsync());
        Assert.True(number.Success, "The success message names no registration number.");
        return number.Value;
    }

    /// <summary>ADU-YYYY-NNNNN, the year being the agency's current one.</summary>
    [GeneratedRegex(@"ADU-\d{4}-\d{5}")]
    public static partial Regex RegistrationNumberPattern();

    /// <summary>"Kata sandi" but not "Ulangi kata sandi".</summary>
    [GeneratedRegex("^Kata sandi")]
    private static partial Regex PasswordLabel();

    [GeneratedRegex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")]
    private static partial Regex RecoveryCodePattern();
}
