using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Data;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// A civil servant reports a gift in Chromium: the legal deadline follows the typed receipt date (with script) or the
/// "Hitung batas waktu" button (without), then the report is listed and opened. Screenshots for a person to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class GratificationJourneyTests(BrowserFixture browser)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Journey_WithScript_DeadlineFollowsTheDate_ReportIsListedAndOpens(int width)
    {
        await using var session = await browser.NewSessionAsync(width);
        var page = session.Page;
        var overflows = new List<string>();
        var (received, deadline) = await NearDeadlineAsync();

        await Reporter.RegisterAsync(page);
        await OpenFormAsync(page);
        var box = page.Locator("#deadline-box");
        await Expect(box).ToContainTextAsync("Isi tanggal penerimaan");
        // With script the box follows the date by itself; the no-script button is not offered.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hitung batas waktu" })).ToBeHiddenAsync();

        await page.Locator("#Input_ReceivedDate").FillAsync(received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(box).ToHaveClassAsync(NearClass());
        await Expect(box.Locator("[data-deadline-text]")).ToHaveTextAsync(deadline.ToString("dddd, d MMMM yyyy", Indonesian));
        await Expect(box).ToContainTextAsync("dianggap suap, kecuali KPK menetapkan lain");

        await FillEverythingElseAsync(page);
        await CaptureAsync(page, "gratifikasi-tambah", overflows);

        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
        var number = await ListedNumberAsync(page);
        await CaptureAsync(page, "gratifikasi-daftar", overflows);
        await AssertReceiptAsync(page, number, deadline);
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await AssertDetailAsync(page, number, deadline);
        await CaptureAsync(page, "gratifikasi-detail", overflows);

        Assert.True(overflows.Count == 0, string.Join("\n", overflows));
        session.Guard.AssertClean();
    }

    [Fact]
    public async Task Journey_WithoutScript_HitungBatasWaktuKeepsTheFormAndShowsTheWarning()
    {
        await using var session = await browser.NewSessionAsync(javaScript: false);
        var page = session.Page;
        var (received, deadline) = await NearDeadlineAsync();

        await Reporter.RegisterAsync(page);
        await OpenFormAsync(page);
        await page.Locator("#Input_FullName").FillAsync("Rahmawati Saputri");
        await page.Locator("#Input_ReceivedDate").FillAsync(received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Hitung batas waktu" }).ClickAsync();

        // The answer comes back scrolled to the deadline, not to the top of the long form.
        var box = page.Locator("#deadline-box");
        Assert.EndsWith("#deadline-box", page.Url, StringComparison.Ordinal);
        await Expect(box).ToBeInViewportAsync();
        await Expect(box).ToHaveClassAsync(NearClass());
        await Expect(box.Locator("[data-deadline-text]")).ToHaveTextAsync(deadline.ToString("dddd, d MMMM yyyy", Indonesian));
        await Expect(box).ToContainTextAsync("dianggap suap, kecuali KPK menetapkan lain");
        await Expect(page.Locator("#Input_FullName")).ToHaveValueAsync("Rahmawati Saputri");
        await Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);

        await FillEverythingElseAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim laporan" }).ClickAsync();
        var number = await ListedNumberAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await AssertDetailAsync(page, number, deadline);
        session.Guard.AssertClean();
    }

    private static async Task OpenFormAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Gratifikasi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Laporan Gratifikasi" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Lapor Gratifikasi" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lapor Gratifikasi", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task FillEverythingElseAsync(IPage page)
    {
        await Group(page, "Apa yang Anda laporkan?").GetByLabel("Penerimaan gratifikasi").CheckAsync();
        await page.Locator("#Input_FullName").FillAsync("Rahmawati Saputri");
        await page.Locator("#Input_Nik").FillAsync("6474015512880003");
        await page.Locator("#Input_Nip").FillAsync("198812152010012003");
        await page.Locator("#Input_Position").FillAsync("Penata Muda / Analis Perizinan");
        await page.Locator("#Input_Unit").FillAsync("Bidang Perizinan");
        await page.Locator("#Input_Institution").FillAsync("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        await page.Locator("#Input_PhoneNumber").FillAsync("081255501234");
        await page.Locator("#Input_GiverName").FillAsync("PT Sinar Kaltim Abadi");
        await page.Locator("#Input_GiverOccupation").FillAsync("Kontraktor pengadaan");
        await Group(page, "Hubungan Anda dengan pemberi").GetByLabel("Penyedia barang/jasa").CheckAsync();
        await Group(page, "Peristiwa atau alasan pemberian").GetByLabel("Lainnya").CheckAsync();
        await page.Locator("#Input_OccasionOther").FillAsync("Syukuran selesainya proyek gedung");
        await page.Locator("#Input_ObjectType").SelectOptionAsync(new SelectOptionValue { Label = "Uang / setara uang" });
        await page.Locator("#Input_ObjectDescription").FillAsync("Amplop berisi uang tunai pecahan Rp100.000");
        await page.Locator("#Input_EstimatedValue").FillAsync("2.500.000");
        await page.Locator("#Input_ReceivedPlace").FillAsync("Ruang kerja, kantor DPMPTSP");
        await Group(page, "Di mana objek gratifikasi sekarang").GetByLabel("Dititipkan di UPG").CheckAsync();
        await page.Locator("#Input_Chronology").FillAsync("Setelah izin terbit, perwakilan perusahaan datang dan meninggalkan amplop di meja saya.");
        await page.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "foto-amplop.png", MimeType = "image/png", Buffer = TestImages.Png() });
        await page.GetByLabel("sebenar-benarnya").CheckAsync();
    }

    /// <summary>The receipt offered with the success message downloads as a PDF that holds the number but not the reporter.</summary>
    private static async Task AssertReceiptAsync(IPage page, string number, DateOnly deadline)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { Name = "Unduh tanda terima (PDF)" }).ClickAsync());
        Assert.Equal($"tanda-terima-{number}.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("TANDA TERIMA LAPORAN", text, StringComparison.Ordinal);
        Assert.Contains(deadline.ToString("d MMMM yyyy", Indonesian), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahmawati", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sinar Kaltim", text, StringComparison.Ordinal);
    }

    private static ILocator Group(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend });

    private static async Task<string> ListedNumberAsync(IPage page)
    {
        var notice = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Laporan gratifikasi berhasil dikirim." });
        await Expect(notice).ToBeVisibleAsync();
        var number = NumberPattern().Match(await notice.InnerTextAsync());
        Assert.True(number.Success, "The success message names no GRT number.");
        var row = page.Locator("tbody tr").Filter(new() { HasText = number.Value });
        await Expect(row).ToContainTextAsync("Penerimaan gratifikasi");
        await Expect(row).ToContainTextAsync("Uang / setara uang");
        await Expect(row).ToContainTextAsync("Diajukan");
        return number.Value;
    }

    private static async Task AssertDetailAsync(IPage page, string number, DateOnly deadline)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = number })).ToBeVisibleAsync();
        await Expect(page.Locator(".status-block")).ToContainTextAsync("Diajukan");
        await Expect(page.Locator("[data-deadline]")).ToContainTextAsync(deadline.ToString("dddd, d MMMM yyyy", Indonesian));
        await Expect(page.Locator("[data-deadline]")).ToContainTextAsync("disampaikan sebelum batas waktu");
        await Expect(page.Locator("[data-gift]")).ToContainTextAsync("Lainnya: Syukuran selesainya proyek gedung");
        await Expect(page.Locator("[data-identity]")).ToContainTextAsync("Rahmawati Saputri");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "foto-amplop.png" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Unduh tanda terima (PDF)" })).ToHaveAttributeAsync("href", $"/Gratifikasi/TandaTerima/{number}");
    }

    /// <summary>A receipt date three working days before its deadline (counted here, with the app's holiday list), so the form warns.</summary>
    private async Task<(DateOnly Received, DateOnly Deadline)> NearDeadlineAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var holidays = (await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Holidays.Select(h => h.Date).ToListAsync()).ToHashSet();
        bool Working(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Wita));
        var received = today;
        for (var counted = 0; counted < 27;)
        {
            counted += Working(received) ? 1 : 0;
            received = received.AddDays(-1);
        }

        var deadline = received;
        for (var counted = 0; counted < 30;)
        {
            deadline = deadline.AddDays(1);
            counted += Working(deadline) ? 1 : 0;
        }

        return (received, deadline);
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

    [GeneratedRegex("deadline-near")]
    private static partial Regex NearClass();

    [GeneratedRegex(@"GRT-\d{4}-\d{5}")]
    private static partial Regex NumberPattern();
}
