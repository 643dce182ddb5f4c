using System.Net;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

public class DetailTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    [Fact]
    public async Task Get_OwnReport_ShowsStatusDeadlineIdentityGiftHistoryFilesAndReceiptLink()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser, files: [SampleFiles.Png("foto-amplop.png")]);
        var (deadline, _) = await ExpectedDeadlineAsync(factory, GratificationFactory.Today.AddDays(-10), GratificationFactory.Today);

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");

        Assert.Equal(number, page.Text("h1.reg-number"));
        Assert.Equal("Diajukan", page.Text(".status-block .status"));
        var box = page.QuerySelector("[data-deadline]")!;
        Assert.Contains("deadline-open", box.ClassList);
        Assert.Equal(LongDate(deadline), box.Text("[data-deadline-text]"));
        Assert.Equal($"Laporan ini disampaikan sebelum batas waktu pelaporan ({LongDate(deadline)}).", box.Text(".deadline-message"));

        var history = Assert.Single(page.QuerySelectorAll("ol.timeline li"));
        Assert.Equal("Diajukan", history.Text(".status"));
        Assert.Equal("Laporan gratifikasi diterima dan menunggu verifikasi UPG.", history.Text("p"));
        Assert.Equal("24 Sep 2026 10.00 WITA", history.Text("time"));

        var identity = page.Text("[data-identity]");
        Assert.Contains(GratificationSamples.FullName, identity, StringComparison.Ordinal);
        Assert.Contains(GratificationSamples.Nik, identity, StringComparison.Ordinal);
        Assert.Contains(GratificationSamples.Nip, identity, StringComparison.Ordinal);
        var gift = page.Text("[data-gift]");
        Assert.Contains("Uang / setara uang", gift, StringComparison.Ordinal);
        Assert.Contains("Rp 2.500.000", gift, StringComparison.Ordinal);
        Assert.Contains("14 September 2026, Ruang kerja, kantor DPMPTSP", gift, StringComparison.Ordinal);
        Assert.Contains("PT Sinar Kaltim Abadi, Kontraktor pengadaan", gift, StringComparison.Ordinal);
        Assert.Contains("Penyedia barang/jasa, penerima layanan, atau terkait pemeriksaan", gift, StringComparison.Ordinal);
        Assert.Contains("Terkait tugas / kedinasan", gift, StringComparison.Ordinal);
        Assert.Contains("Dititipkan di UPG", gift, StringComparison.Ordinal);
        Assert.Contains(Draft().Chronology!, gift, StringComparison.Ordinal);
        Assert.Equal("Penerimaan gratifikasi", page.Text("#objek-judul"));

        Assert.Equal($"/Gratifikasi/TandaTerima/{number}", page.QuerySelector("a[data-receipt]")!.GetAttribute("href"));
        Assert.Equal("Unduh tanda terima (PDF)", page.Text("a[data-receipt]"));
        Assert.Null(page.QuerySelector("[data-kpk]"));
        Assert.Null(page.QuerySelector("[data-identity-revealed]"));
        Assert.Null(page.QuerySelector("#lengkapi"));

        var link = page.QuerySelector("ul.files li a")!;
        Assert.Equal("foto-amplop.png", link.TextContent.Trim());
        using var download = await browser.Http.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(SampleFiles.PngSignature));
    }

    [Fact]
    public async Task Get_OneAddressOnly_LowerCaseOpensTheSameReportAndTheShortFormIsNotFound()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);

        Assert.Equal(number, (await browser.GetPageAsync($"/Gratifikasi/Detail/{number.ToLowerInvariant()}")).Text("h1.reg-number"));
        using var shortForm = await browser.Http.GetAsync($"/Gratifikasi/{number}");
        Assert.Equal(HttpStatusCode.NotFound, shortForm.StatusCode);
    }

    [Fact]
    public async Task Get_LateReport_WarnsThatItWasReportedAfterTheDeadline()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var draft = Draft();
        draft.ReceivedDate = "2026-07-01";
        var number = await SubmitValidAsync(browser, draft);
        var (deadline, _) = await ExpectedDeadlineAsync(factory, new DateOnly(2026, 7, 1), GratificationFactory.Today);

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");

        var box = page.QuerySelector("[data-deadline]")!;
        Assert.Contains("deadline-passed", box.ClassList);
        Assert.StartsWith($"Laporan ini disampaikan setelah batas waktu ({LongDate(deadline)}).", box.Text(".deadline-message"), StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", box.Text(".deadline-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterTheUpgsWork_ShowsKpkForwardingDecisionPublicNotesAndRevealedIdentity()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        var at = new DateTime(2026, 9, 24, 3, 0, 0, DateTimeKind.Utc);
        await ChangeAsync(factory, number, (report, db, sealer) =>
        {
            report.Status = GratificationStatus.DitetapkanKpk;
            report.ForwardedToKpkOn = new DateOnly(2026, 9, 22);
            report.KpkDecision = KpkDecision.MilikNegara;
            report.KpkDecisionNumber = "SK-1234/GRAT/09/2026";
            report.KpkDecisionDate = new DateOnly(2026, 9, 23);
            report.IdentityRevealedAt = at;
            db.GratificationEvents.Add(new GratificationEvent
            {
                ReportId = report.Id, Status = GratificationStatus.DiteruskanKeKpk, Kind = ReportEventKind.StatusChanged, At = at,
                SealedPublicNote = sealer.Seal(report.Id, "Laporan diteruskan ke KPK."), SealedInternalNote = sealer.Seal(report.Id, "Catatan internal UPG"),
            });
            db.GratificationEvents.Add(new GratificationEvent
            {
                ReportId = report.Id, Status = GratificationStatus.DiteruskanKeKpk, Kind = ReportEventKind.InternalNote, At = at.AddMinutes(1),
                SealedInternalNote = sealer.Seal(report.Id, "Hanya untuk UPG"),
            });
        });

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");

        Assert.Equal("Ditetapkan KPK", page.Text(".status-block .status"));
        Assert.Equal("22 September 2026", page.Text("[data-kpk-forwarded]"));
        Assert.Equal("Milik negara", page.Text("[data-kpk-decision]"));
        Assert.Equal("SK-1234/GRAT/09/2026", page.Text("[data-kpk-number]"));
        Assert.Equal(
            "Artinya, objek gratifikasi (atau nilainya dalam uang) wajib Anda serahkan kepada negara. KPK menetapkan cara penyerahannya; ikuti petunjuk UPG dalam pesan di halaman ini.",
            page.Text("[data-kpk] [data-kpk-meaning]"));
        Assert.Equal("23 September 2026", page.Text("[data-kpk-date]"));
        Assert.Equal("UPG membuka identitas Anda pada 24 Sep 2026 11.00 WITA untuk menangani laporan ini.", page.Text("[data-identity-revealed]"));
        var history = page.QuerySelectorAll("ol.timeline li").Select(li => (li.Text(".status"), li.QuerySelector("p")?.TextContent.Trim())).ToList();
        Assert.Equal(
            [("Diajukan", "Laporan gratifikasi diterima dan menunggu verifikasi UPG."), ("Diteruskan ke KPK", "Laporan diteruskan ke KPK.")],
            history);
        Assert.DoesNotContain("internal", page.Text("main"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hanya untuk UPG", page.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_KpkDecidedMilikPenerima_SaysTheReporterMayKeepIt()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        await ChangeAsync(factory, number, (report, _, _) =>
        {
            report.Status = GratificationStatus.DitetapkanKpk;
            report.ForwardedToKpkOn = new DateOnly(2026, 9, 22);
            report.KpkDecision = KpkDecision.MilikPenerima;
            report.KpkDecisionNumber = "SK-77/GRAT/09/2026";
            report.KpkDecisionDate = new DateOnly(2026, 9, 23);
        });

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");

        Assert.Equal("Milik penerima", page.Text("[data-kpk-decision]"));
        Assert.Equal("Artinya, objek gratifikasi ditetapkan menjadi milik Anda sebagai penerima dan boleh Anda simpan.", page.Text("[data-kpk-meaning]"));
    }

    [Fact]
    public async Task Get_ForwardedButNotYetDecided_ExplainsNoDecisionYet()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        await ChangeAsync(factory, number, (report, _, _) =>
        {
            report.Status = GratificationStatus.DiteruskanKeKpk;
            report.ForwardedToKpkOn = new DateOnly(2026, 9, 22);
        });

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");

        Assert.Equal("22 September 2026", page.Text("[data-kpk-forwarded]"));
        Assert.Null(page.QuerySelector("[data-kpk-meaning]"));
    }

    [Fact]
    public async Task PostPesan_AddsTheMessageToTheThread_AndAnEmptyOneIsRefusedInIndonesian()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        var url = $"/Gratifikasi/Detail/{number}";

        using var empty = await browser.SubmitAsync(url, new Dictionary<string, string?> { ["Pesan"] = "  " }, formSelector: "#pesan form");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Pesan wajib diisi (paling banyak 5.000 karakter).", (await PageClient.ParseAsync(empty)).FieldError("Pesan"));

        using var sent = await browser.SubmitAsync(url, new Dictionary<string, string?> { ["Pesan"] = "Amplop sudah saya serahkan ke UPG." }, formSelector: "#pesan form");
        Assert.Equal($"/Gratifikasi/Detail/{number}?selesai=pesan", sent.Headers.Location!.PathAndQuery());
        var page = await browser.FollowAsync(sent);

        Assert.Equal("Pesan Anda terkirim kepada UPG.", page.Text("[role=status]"));
        var message = Assert.Single(page.QuerySelectorAll("ol.thread li"));
        Assert.Equal("Anda", message.Text(".message-head strong"));
        Assert.Equal("Amplop sudah saya serahkan ke UPG.", message.Text(".message-body"));
    }

    [Fact]
    public async Task StaffMessage_IsMarkedUnreadInTheList_UntilTheReportIsOpened()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        await ChangeAsync(factory, number, (report, db, sealer) => db.ReportMessages.Add(new ReportMessage
        {
            ReportId = report.Id, FromStaff = true, At = new DateTime(2026, 9, 24, 2, 30, 0, DateTimeKind.Utc),
            SealedBody = sealer.Seal(report.Id, "Mohon kirim foto amplopnya."),
        }));

        var list = await browser.GetPageAsync("/Gratifikasi");
        Assert.Equal("1 pesan baru", list.Text("table.report-table .badge-unread"));

        var page = await browser.GetPageAsync($"/Gratifikasi/Detail/{number}");
        Assert.Equal("Petugas UPG", page.Text("ol.thread .message-staff strong"));
        Assert.Equal("Mohon kirim foto amplopnya.", page.Text("ol.thread .message-staff .message-body"));
        Assert.Null((await browser.GetPageAsync("/Gratifikasi")).QuerySelector(".badge-unread"));
    }

    [Fact]
    public async Task Lengkapi_WhenTheUpgAsksForMore_SendsTextAndFilesAndReturnsTheReportToDiajukan()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        await ChangeAsync(factory, number, (report, db, sealer) =>
        {
            report.Status = GratificationStatus.PerluDilengkapi;
            report.DueOn = new DateOnly(2026, 10, 8);

            // The clock stands still: the request shares the submission's moment and follows it by its id.
            db.GratificationEvents.Add(new GratificationEvent
            {
                ReportId = report.Id, Status = GratificationStatus.PerluDilengkapi, Kind = ReportEventKind.StatusChanged,
                At = new DateTime(2026, 9, 24, 2, 0, 0, DateTimeKind.Utc), SealedPublicNote = sealer.Seal(report.Id, "Mohon lampirkan foto objek."),
            });
        });
        var url = $"/Gratifikasi/Detail/{number}";
        var before = await browser.GetPageAsync(url);
        Assert.Equal("Perlu Dilengkapi", before.Text(".status-block .status"));
        Assert.Contains("Mohon lampirkan foto objek.", before.Text("#lengkapi .request-note"), StringComparison.Ordinal);
        var due = before.QuerySelector("#lengkapi [data-completion-due]")!;
        Assert.Equal("Kirim kelengkapan paling lambat Kamis, 8 Oktober 2026.", due.TextContent.Trim());
        Assert.True(due.CompareDocumentPosition(before.QuerySelector("#lengkapi form")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The deadline is not above the form.");

        using var refused = await browser.SubmitAsync(before, url, new Dictionary<string, string?> { ["Informasi"] = "" }, formSelector: "#lengkapi form");
        Assert.Equal("Tuliskan informasi tambahan yang diminta UPG.", (await PageClient.ParseAsync(refused)).FieldError("Informasi"));

        using var sent = await browser.SubmitAsync(
            before, url, new Dictionary<string, string?> { ["Informasi"] = "Foto amplop terlampir." }, [SampleFiles.Png("amplop.png")], "#lengkapi form");
        Assert.Equal($"/Gratifikasi/Detail/{number}?selesai=lengkap", sent.Headers.Location!.PathAndQuery());
        var page = await browser.FollowAsync(sent);

        Assert.Equal("Terima kasih. Kelengkapan Anda tersimpan dan laporan kembali diverifikasi UPG.", page.Text("[role=status]"));
        Assert.Equal("Diajukan", page.Text(".status-block .status"));
        Assert.Null(page.QuerySelector("#lengkapi"));
        Assert.Equal(
            "Pelapor melengkapi informasi dan 1 berkas pendukung; laporan kembali diverifikasi UPG.",
            page.QuerySelectorAll("ol.timeline li")[^1].Text("p"));

        // The completion reads as what the reporter did, not as a second submission.
        Assert.Equal(["Diajukan", "Perlu Dilengkapi", "Dilengkapi pelapor"], page.QuerySelectorAll("ol.timeline li .status").Select(s => s.TextContent.Trim()));
        Assert.Contains("Foto amplop terlampir.", page.Text("ol.thread"), StringComparison.Ordinal);
        Assert.Equal("amplop.png", page.Text("ul.files li a"));
    }

    [Fact]
    public async Task Lengkapi_WhenNotAskedFor_OffersNoFormAndRefusesAPost()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitValidAsync(browser);
        var url = $"/Gratifikasi/Detail/{number}";
        var page = await browser.GetPageAsync(url);
        Assert.Null(page.QuerySelector("#lengkapi"));

        // A crafted post to the completion handler, with the message form's token.
        var token = page.QuerySelector("#pesan form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var crafted = await browser.Http.PostAsync(
            url + "?handler=Lengkapi",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Informasi"] = "Tambahan" }));

        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal("Laporan ini sedang tidak diminta untuk dilengkapi.", (await PageClient.ParseAsync(crafted)).Text(".error-summary"));
    }
}
