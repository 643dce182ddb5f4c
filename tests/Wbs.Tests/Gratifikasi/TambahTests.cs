using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

public class TambahTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    private static readonly string[] Fields =
    [
        "Input.FullName", "Input.Nik", "Input.Nip", "Input.Position", "Input.Unit", "Input.Institution", "Input.PhoneNumber",
        "Input.Email", "Input.Address", "Input.GiverName", "Input.GiverOccupation", "Input.GiverAddress", "Input.GiverPhone",
        "Input.RelationshipOther", "Input.OccasionOther", "Input.ObjectType", "Input.ObjectDescription", "Input.EstimatedValue",
        "Input.ReceivedDate", "Input.ReceivedPlace", "Input.Chronology", "Statement",
    ];

    [Fact]
    public async Task Get_Tambah_OffersEveryFieldInItsGroupAndEveryChoiceInIndonesian()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");

        Assert.Equal("Lapor Gratifikasi", page.Text("main h1"));
        var form = page.QuerySelector<IHtmlFormElement>("#grt-form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var groups = form.QuerySelectorAll("fieldset.group > legend").Select(l => l.TextContent.Replace("*", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(
            ["Jenis laporan", "Data pelapor", "Data pemberi", "Hubungan & peristiwa", "Objek gratifikasi", "Penerimaan", "Kronologi", "Dokumen pendukung"],
            groups);
        foreach (var field in Fields)
        {
            Assert.True(form.QuerySelector($"[name='{field}']") is not null, $"The form has no field {field}.");
        }

        Assert.Equal(["Penerimaan gratifikasi", "Penolakan gratifikasi"], Choices(page, "Input.ReportType"));
        Assert.Equal(
            ["Keluarga", "Penyedia barang/jasa, penerima layanan, atau terkait pemeriksaan", "Sesama pegawai", "Tidak diketahui", "Lainnya"],
            Choices(page, "Input.Relationship"));
        Assert.Equal(
            ["Pisah sambut, pensiun, mutasi jabatan, atau ulang tahun", "Terkait tugas / kedinasan", "Tidak terkait tugas",
             "Pernikahan, upacara adat, keagamaan, atau musibah", "Keuntungan investasi, koperasi, atau undian", "Lainnya"],
            Choices(page, "Input.Occasion"));
        Assert.Equal(["Disimpan pelapor", "Dititipkan di UPG", "Dititipkan di KPK"], Choices(page, "Input.ObjectLocation"));
        var objects = page.QuerySelector<IHtmlSelectElement>("select[name='Input.ObjectType']")!.Options.Where(o => o.Value.Length > 0).Select(o => o.Text.Trim());
        Assert.Equal(
            ["Uang / setara uang", "Makanan / minuman", "Cendera mata, plakat, atau karangan bunga", "Tiket, penginapan, atau fasilitas lain", "Barang lainnya"],
            objects);

        // The help a reporter needs while typing, and the promise about the identity.
        Assert.Contains("16 angka", page.Text("#Input_Nik-hint"), StringComparison.Ordinal);
        Assert.Contains("18 angka", page.Text("#Input_Nip-hint"), StringComparison.Ordinal);
        Assert.Contains("rupiah", page.Text("#Input_EstimatedValue-hint"), StringComparison.Ordinal);
        Assert.Contains("terenkripsi", page.Text(".identity-note"), StringComparison.Ordinal);
        Assert.Contains("tersamar", page.Text(".identity-note"), StringComparison.Ordinal);
        Assert.True(page.QuerySelector<IHtmlInputElement>("#Files")!.IsMultiple);
        Assert.Equal("Isi tanggal penerimaan untuk melihat batas waktu pelaporan (30 hari kerja sejak tanggal penerimaan).", page.Text("[data-deadline-message]"));
        Assert.Equal("/Gratifikasi/Tambah?handler=BatasWaktu#deadline-box", form.QuerySelector("#hitung-batas-waktu")!.GetAttribute("formaction"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/gratification-form.", StringComparison.Ordinal) && s.GetAttribute("src")!.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ValidReport_RedirectsWithTheGrtNumberShownInTheList()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await SubmitAsync(browser, Form(Draft()), [SampleFiles.Pdf("foto-amplop.pdf")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery();
        Assert.Matches(@"^/Gratifikasi\?baru=GRT-2026-\d{5}$", location);
        var number = location["/Gratifikasi?baru=".Length..];
        var list = await browser.FollowAsync(response);
        Assert.Equal(number, list.Text("[role=status] .reg-number"));
        Assert.Contains("berhasil dikirim", list.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal($"/Gratifikasi/TandaTerima/{number}", list.QuerySelector("[role=status] a[data-receipt]")!.GetAttribute("href"));
        var row = Assert.Single(list.QuerySelectorAll("table.report-table tbody tr"));
        Assert.Equal(number, row.Text("a.reg-number"));
        Assert.Equal($"/Gratifikasi/Detail/{number}", row.QuerySelector("a.reg-number")!.GetAttribute("href"));
        Assert.Equal("14 Sep 2026", row.Text("td[data-label=Diterima]"));
        Assert.Equal("Penerimaan gratifikasi", row.Text("td[data-label=Jenis]"));
        Assert.Equal("Uang / setara uang", row.Text("td[data-label=Objek]"));
        Assert.Equal("Diajukan", row.Text("td[data-label=Status] .status"));
        Assert.Equal("24 Sep 2026 10.00 WITA", row.Text("td[data-label=Pembaruan]"));
        Assert.Equal("/Gratifikasi/Tambah", list.QuerySelector(".page-head a.button")!.GetAttribute("href"));
        Assert.Equal("Lapor Gratifikasi", list.Text(".page-head a.button"));
    }

    [Fact]
    public async Task Post_InvalidValues_ShowsIndonesianMessagesBesideEachFieldAndKeepsWhatWasTyped()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft(), statement: false);
        values["Input.Nik"] = "64740155";
        values["Input.Nip"] = "1988121520100120";
        values["Input.ReceivedDate"] = Iso(GratificationFactory.Today.AddDays(1));
        values["Input.EstimatedValue"] = "dua juta";
        values["Input.Relationship"] = "lainnya";
        values["Input.RelationshipOther"] = "";
        foreach (var choice in new[] { "Input.ReportType", "Input.Occasion", "Input.ObjectType", "Input.ObjectLocation" })
        {
            values.Remove(choice);
        }

        using var response = await SubmitAsync(browser, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Laporan gratifikasi belum terkirim", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("NIK harus terdiri dari 16 angka, sesuai KTP.", page.FieldError("Input.Nik"));
        Assert.Equal("NIP harus terdiri dari 18 angka; kosongkan bila Anda bukan PNS.", page.FieldError("Input.Nip"));
        Assert.Equal("Tanggal penerimaan tidak boleh di masa depan.", page.FieldError("Input.ReceivedDate"));
        Assert.Equal("Nilai harus berupa angka rupiah, misalnya 1500000 atau 1.500.000.", page.FieldError("Input.EstimatedValue"));
        Assert.Equal("Pilih jenis laporan: penerimaan atau penolakan gratifikasi.", page.FieldError("Input.ReportType"));
        Assert.Equal("Jelaskan hubungan Anda dengan pemberi.", page.FieldError("Input.RelationshipOther"));
        Assert.Equal("Pilih peristiwa atau alasan pemberian.", page.FieldError("Input.Occasion"));
        Assert.Equal("Pilih jenis objek gratifikasi.", page.FieldError("Input.ObjectType"));
        Assert.Equal("Pilih di mana objek gratifikasi berada sekarang.", page.FieldError("Input.ObjectLocation"));
        Assert.Equal("Centang pernyataan bahwa laporan gratifikasi ini benar dan dibuat dengan sebenar-benarnya.", page.FieldError("Statement"));
        Assert.Equal("", page.FieldError("Input.FullName"));

        // The summary lists every reason in the form's order and links to its field.
        var summary = page.QuerySelectorAll(".error-summary li a").ToList();
        Assert.Equal(10, summary.Count);
        Assert.Equal("#Input_ReportType_0", summary[0].GetAttribute("href"));
        Assert.Equal("#Statement", summary[^1].GetAttribute("href"));
        Assert.All(summary, a => Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!)));

        Assert.Equal("64740155", page.ValueOf("Input.Nik"));
        Assert.Equal("dua juta", page.ValueOf("Input.EstimatedValue"));
        Assert.Equal(GratificationSamples.FullName, page.ValueOf("Input.FullName"));
        Assert.Equal(Draft().Chronology, page.ValueOf("Input.Chronology"));
        Assert.Equal("lainnya", page.QuerySelector<IHtmlInputElement>("input[name='Input.Relationship']:checked")?.Value);
    }

    [Fact]
    public async Task Post_WithFileButAnotherError_AsksToChooseTheFilesAgain()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft());
        values["Input.Nik"] = "";

        using var response = await SubmitAsync(browser, values, [SampleFiles.Png("amplop.png")]);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("NIK wajib diisi.", page.FieldError("Input.Nik"));
        Assert.Contains("Pilih kembali dokumen pendukung", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Contains("Pilih kembali dokumen pendukung", page.FieldError("Files"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FileOfAForbiddenType_ShowsTheFileErrorAndStoresNothing()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await SubmitAsync(browser, Form(Draft()), [new UploadFile("skrip.exe", [0x4D, 0x5A, 0x90, 0x00])]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("skrip.exe", page.FieldError("Files"), StringComparison.Ordinal);
        Assert.Contains("skrip.exe", page.Text(".error-summary"), StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/Gratifikasi");
        Assert.Empty(list.QuerySelectorAll("table.report-table tbody tr"));
    }

    [Fact]
    public async Task Get_Gratifikasi_WithoutLogin_SendsToMasuk()
    {
        using var browser = factory.CreatePageClient();

        foreach (var url in new[] { "/Gratifikasi", "/Gratifikasi/Tambah", "/Gratifikasi/Tambah?handler=BatasWaktu&tanggal=2026-09-01", "/Gratifikasi/Detail/GRT-2026-00001" })
        {
            using var response = await browser.Http.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Akun/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Menu_ForASignedInReporter_OffersGratifikasiBesidePengaduan()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Gratifikasi");

        var links = page.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Contains(("Pengaduan", "/Pengaduan", "false"), links);
        Assert.Contains(("Gratifikasi", "/Gratifikasi", "page"), links);
        Assert.Contains("belum mempunyai laporan gratifikasi", page.Text("main .empty"), StringComparison.Ordinal);
    }

    private static List<string> Choices(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll($"input[type=radio][name='{name}']").Select(i => i.Closest("label")!.TextContent.Trim()).ToList();
}
