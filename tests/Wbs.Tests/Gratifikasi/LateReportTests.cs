using System.Net;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

/// <summary>
/// A gift reported more than 30 working days after receipt may be declared state property (Peraturan KPK 1/2026) and
/// Pasal 12B still applies: the form, the receipt, the UPG's page and the KPK form say so, and how late it is.
/// </summary>
public class LateReportTests : IDisposable
{
    // Today is Thursday 24 September 2026. Received Monday 3 August: 30 working days later, without 17 and 25 August,
    // is Wednesday 16 September; the 24th is six working days past it.
    private const string Received = "2026-08-03";
    private const string Consequence = "dapat ditetapkan menjadi milik negara (Peraturan KPK 1/2026), dan Pasal 12B UU 20/2001 tetap berlaku";

    private readonly BackOfficeFactory factory = new() { Clock = new AdjustableClock(new DateTimeOffset(2026, 9, 24, 2, 0, 0, TimeSpan.Zero)) };

    public void Dispose() => factory.Dispose();

    [Fact]
    public void Deadline_CountsTheWorkingDaysLate()
    {
        var holidays = new HashSet<DateOnly> { new(2026, 8, 17), new(2026, 8, 25) };

        var late = ReportingDeadline.Compute(new DateOnly(2026, 8, 3), GratificationFactory.Today, holidays);
        var onTheDay = ReportingDeadline.Compute(new DateOnly(2026, 8, 3), new DateOnly(2026, 9, 16), holidays);

        Assert.Equal(new DateOnly(2026, 9, 16), late.Deadline);
        Assert.Equal(6, late.WorkingDaysLate);
        Assert.StartsWith("Terlambat dilaporkan 6 hari kerja", late.TimelinessLine, StringComparison.Ordinal);
        Assert.Equal(0, onTheDay.WorkingDaysLate);
        Assert.Equal("Dilaporkan tepat waktu", onTheDay.TimelinessLine);
    }

    [Fact]
    public async Task Form_SaysALateGiftMayBecomeStateProperty_AndStillFilesIt()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var draft = Draft();
        draft.ReceivedDate = Received;
        var values = Form(draft);

        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");
        using var checkedForm = await browser.SubmitAsync(page, "/Gratifikasi/Tambah", values, formSelector: "#grt-form", submitter: "#hitung-batas-waktu");
        var box = (await PageClient.ParseAsync(checkedForm)).Text("[data-deadline-message]");
        Assert.Contains("sudah lewat", box, StringComparison.Ordinal);
        Assert.Contains(Consequence, box, StringComparison.Ordinal);

        // In time, the box says nothing of it.
        draft.ReceivedDate = "2026-09-14";
        using var inTime = await browser.SubmitAsync(await browser.GetPageAsync("/Gratifikasi/Tambah"), "/Gratifikasi/Tambah", Form(draft),
            formSelector: "#grt-form", submitter: "#hitung-batas-waktu");
        Assert.DoesNotContain("milik negara", (await PageClient.ParseAsync(inTime)).Text("[data-deadline-message]"), StringComparison.Ordinal);

        draft.ReceivedDate = Received;
        Assert.Matches(NumberPattern(), await SubmitValidAsync(browser, draft));
    }

    [Fact]
    public async Task Receipt_SaysHowLate_AndWhatItRisks()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var late = Draft();
        late.ReceivedDate = Received;
        var lateNumber = await SubmitValidAsync(browser, late);
        var onTime = await SubmitValidAsync(browser, Draft());

        var lateText = PdfText.Of(await PdfText.DownloadAsync(browser.Http, $"/Gratifikasi/TandaTerima/{lateNumber}", $"tanda-terima-{lateNumber}.pdf"));
        var onTimeText = PdfText.Of(await PdfText.DownloadAsync(browser.Http, $"/Gratifikasi/TandaTerima/{onTime}", $"tanda-terima-{onTime}.pdf"));

        Assert.Contains("Terlambat dilaporkan 6 hari kerja", Flat(lateText), StringComparison.Ordinal);
        Assert.Contains("milik negara", Flat(lateText), StringComparison.Ordinal);
        Assert.Contains("Pasal 12B", Flat(lateText), StringComparison.Ordinal);
        Assert.Contains("Dilaporkan tepat waktu", Flat(onTimeText), StringComparison.Ordinal);
        Assert.DoesNotContain("milik negara", Flat(onTimeText), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpgPage_AndKpkForm_SayItPlainly()
    {
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        var late = Draft();
        late.ReceivedDate = Received;
        var number = await SubmitValidAsync(reporter, late);
        var officer = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var upg = await officer.BrowserAsync();
        await UpgPage.MoveAsync(upg, number, GratificationFactory.Today, GratificationStatus.DiverifikasiUpg);

        var page = await upg.GetPageAsync(UpgPage.Url(number));
        Assert.NotNull(page.QuerySelector("[data-reported-late]"));
        Assert.Contains(Consequence, page.Text("[data-legal-note]"), StringComparison.Ordinal);

        var form = await upg.GetPageAsync(UpgPage.Url(number));
        using var response = await upg.SubmitAsync(form, UpgPage.Url(number), new Dictionary<string, string?> { ["AlasanFormulir"] = "Penerusan laporan kepada KPK sesuai Pasal 12C." },
            formSelector: "#formulir-kpk form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Flat(PdfText.Of(await PdfText.ReadAsync(response, $"formulir-kpk-{number}.pdf")));
        Assert.Contains("Terlambat dilaporkan 6 hari kerja", text, StringComparison.Ordinal);
        Assert.Contains("milik negara", text, StringComparison.Ordinal);
        Assert.Contains("Pasal 12B UU 20/2001 tetap berlaku", text, StringComparison.Ordinal);
    }

    /// <summary>PDF text with its line breaks as spaces, so a wrapped sentence reads whole.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}
