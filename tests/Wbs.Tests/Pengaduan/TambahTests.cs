using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Pengaduan;

public class TambahTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_Tambah_OffersEveryFieldOfTheFormAndTheSeededChoices()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Pengaduan/Tambah");

        var form = page.QuerySelector<IHtmlFormElement>("#report-form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var types = page.QuerySelector<IHtmlSelectElement>("select[name='Input.ViolationTypeId']")!.Options
            .Where(o => o.Value.Length > 0).Select(o => o.Text.Trim()).ToList();
        Assert.Equal(
            ["Korupsi", "Suap", "Gratifikasi", "Pungutan Liar", "Pengadaan Barang/Jasa", "Penyalahgunaan Wewenang",
             "Benturan Kepentingan", "Pelanggaran Disiplin ASN", "Pelanggaran Kode Etik", "Pelayanan Publik", "Lainnya"],
            types);
        var units = page.QuerySelector<IHtmlSelectElement>("select[name='Input.UnitId']")!.Options.Select(o => o.Text.Trim()).ToList();
        Assert.Contains("Dinas Kesehatan", units);
        Assert.Contains("Inspektorat", units);
        foreach (var field in new[]
        {
            "Input.Title", "Input.Description", "Input.ReportedPersons[0].Name", "Input.ReportedPersons[0].Position",
            "Input.ReportedPersons[0].Unit", "Input.ReportedPersons[2].Name", "Input.Witnesses", "Input.Location",
            "Input.IncidentDate", "Input.IncidentDateEnd", "Input.Why", "Input.How", "Input.EstimatedLoss", "Input.GoodFaith",
        })
        {
            Assert.True(form.QuerySelector($"[name='{field}']") is not null, $"The form has no field {field}.");
        }

        var files = form.QuerySelector<IHtmlInputElement>("input[type=file]")!;
        Assert.True(files.IsMultiple);
        Assert.Equal("Kirim pengaduan", form.Text("button[type=submit]"));
    }

    [Fact]
    public async Task Get_Tambah_WithoutLogin_SendsToMasuk()
    {
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync("/Pengaduan/Tambah");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Akun/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidReport_ReturnsToTheListWithTheNumber()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder { Title = "Pungutan liar di loket izin" }.WithFiles(SampleFiles.Png());

        using var response = await browser.SubmitReportAsync(report);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await browser.FollowAsync(response);
        var message = list.Text("main [role=status]");
        Assert.Contains("Pengaduan berhasil dikirim.", message, StringComparison.Ordinal);
        var number = list.Text("main [role=status] .reg-number");
        Assert.Matches($"^ADU-{AgencyTime.Year}-\\d{{5}}$", number);
        Assert.Contains("Gunakan nomor ini untuk memonitor", message, StringComparison.Ordinal);
        Assert.Equal($"/Pengaduan/TandaTerima/{number}", list.QuerySelector("main [role=status] a[data-receipt]")!.GetAttribute("href"));

        var row = Assert.Single(list.QuerySelectorAll("table.report-table tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(number, cells[0]);
        Assert.Equal(AgencyTime.TodayAsShown, cells[1]);
        Assert.Equal("Pungutan liar di loket izin", cells[2]);
        Assert.Equal("Pungutan Liar", cells[3]);
        Assert.Equal("Diterima", cells[4]);
        Assert.StartsWith(AgencyTime.TodayAsShown, cells[5], StringComparison.Ordinal);
        Assert.EndsWith("WITA", cells[5], StringComparison.Ordinal);
        Assert.Equal($"/Pengaduan/{number}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Nomor registrasi", "Tanggal", "Judul", "Jenis pelanggaran", "Status", "Pembaruan terakhir"],
            list.QuerySelectorAll("table.report-table thead th").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_List_ShowsOnlyTheNewMessageForOnesOwnNumber()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var list = await browser.GetPageAsync("/Pengaduan?baru=ADU-2026-00001");

        Assert.Null(list.QuerySelector("main [role=status]"));
        Assert.Contains("Anda belum mempunyai pengaduan.", list.Text("main .empty"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidReport_KeepsEverythingTyped()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder
        {
            ViolationType = "Benturan Kepentingan",
            Title = "Pemenang lelang milik keluarga pejabat",
            Description = "Paket pekerjaan jalan dimenangkan CV milik adik ipar.\nNilainya besar.",
            ReportedPersons = [new("Ibu Ani", "PPK", "Dinas PUPR"), new("Pak Budi", "Direktur CV", null)],
            Witnesses = "Rekan satu bidang",
            Unit = "Dinas Pekerjaan Umum dan Penataan Ruang",
            Location = "Kantor Dinas PUPR",
            IncidentDate = "2026-02-01",
            IncidentDateEnd = "2026-01-15",
            Why = "Hubungan keluarga",
            How = "Syarat lelang disesuaikan",
            EstimatedLoss = "dua ratus juta",
            GoodFaith = true,
        };

        using var response = await browser.SubmitReportAsync(report);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Pengaduan belum terkirim.", page.QuerySelector(".error-summary")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("Tanggal akhir tidak boleh sebelum tanggal awal kejadian.", page.FieldError("Input.IncidentDateEnd"));
        Assert.StartsWith("Perkiraan nilai kerugian harus berupa angka rupiah", page.FieldError("Input.EstimatedLoss"), StringComparison.Ordinal);

        Assert.Equal("Benturan Kepentingan", page.QuerySelector<IHtmlSelectElement>("select[name='Input.ViolationTypeId']")!.SelectedOptions.Single().Text.Trim());
        Assert.Equal(report.Title, page.ValueOf("Input.Title"));
        Assert.Equal(report.Description, page.ValueOf("Input.Description")!.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Ibu Ani", page.ValueOf("Input.ReportedPersons[0].Name"));
        Assert.Equal("PPK", page.ValueOf("Input.ReportedPersons[0].Position"));
        Assert.Equal("Dinas PUPR", page.ValueOf("Input.ReportedPersons[0].Unit"));
        Assert.Equal("Pak Budi", page.ValueOf("Input.ReportedPersons[1].Name"));
        Assert.Equal("Direktur CV", page.ValueOf("Input.ReportedPersons[1].Position"));
        Assert.Equal(report.Witnesses, page.ValueOf("Input.Witnesses"));
        Assert.Equal(report.Unit, page.QuerySelector<IHtmlSelectElement>("select[name='Input.UnitId']")!.SelectedOptions.Single().Text.Trim());
        Assert.Equal(report.Location, page.ValueOf("Input.Location"));
        Assert.Equal("2026-02-01", page.ValueOf("Input.IncidentDate"));
        Assert.Equal("2026-01-15", page.ValueOf("Input.IncidentDateEnd"));
        Assert.Equal(report.Why, page.ValueOf("Input.Why"));
        Assert.Equal(report.How, page.ValueOf("Input.How"));
        Assert.Equal("dua ratus juta", page.ValueOf("Input.EstimatedLoss"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[type=checkbox][name='Input.GoodFaith']")!.IsChecked);
        Assert.Equal("6", page.Text("[data-w-count]"));
        await AssertNoReportsAsync(browser);
    }

    [Fact]
    public async Task Post_EmptyReport_NamesEveryRequiredFieldInIndonesian()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var empty = new ComplaintBuilder
        {
            ViolationType = null, Title = null, Description = null, ReportedPersons = [], Witnesses = null, Unit = null,
            Location = null, IncidentDate = null, Why = null, How = null, EstimatedLoss = null, GoodFaith = false,
        };

        using var response = await browser.SubmitReportAsync(empty);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Pilih jenis pelanggaran.", page.FieldError("Input.ViolationTypeId"));
        Assert.Equal("Judul pengaduan wajib diisi.", page.FieldError("Input.Title"));
        Assert.Equal("Uraian kejadian (What) wajib diisi.", page.FieldError("Input.Description"));
        Assert.Equal("Lokasi kejadian (Where) wajib diisi.", page.FieldError("Input.Location"));
        Assert.StartsWith("Tanggal kejadian (When) wajib diisi", page.FieldError("Input.IncidentDate"), StringComparison.Ordinal);
        Assert.Equal("Centang pernyataan bahwa pengaduan ini dibuat dengan itikad baik.", page.FieldError("Input.GoodFaith"));
        Assert.Equal("Sebutkan sedikitnya satu terlapor (Who): nama pihak yang bertanggung jawab.", page.Text("[data-valmsg-for='Input.ReportedPersons']"));
        Assert.False(page.QuerySelector<IHtmlInputElement>("input[type=checkbox][name='Input.GoodFaith']")!.IsChecked);
        Assert.Equal("0", page.Text("[data-w-count]"));
        await AssertNoReportsAsync(browser);
    }

    [Fact]
    public async Task Post_WithoutGoodFaithStatement_IsRefusedAndOtherInputKept()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder { GoodFaith = false };

        using var response = await browser.SubmitReportAsync(report);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Centang pernyataan bahwa pengaduan ini dibuat dengan itikad baik.", page.FieldError("Input.GoodFaith"));
        Assert.Equal(report.Title, page.ValueOf("Input.Title"));
        Assert.Equal(report.ReportedPersons[0].Name, page.ValueOf("Input.ReportedPersons[0].Name"));
        await AssertNoReportsAsync(browser);
    }

    [Fact]
    public async Task Post_FutureIncidentDate_IsRefused()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var tomorrow = DateOnly.FromDateTime(AgencyTime.Now.AddDays(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await browser.SubmitReportAsync(new ComplaintBuilder { IncidentDate = tomorrow });

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Tanggal kejadian tidak boleh di masa depan.", page.FieldError("Input.IncidentDate"));
        Assert.Equal(tomorrow, page.ValueOf("Input.IncidentDate"));
    }

    [Fact]
    public async Task Post_ReportedPersonWithoutName_IsRefused()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.SubmitReportAsync(new ComplaintBuilder { ReportedPersons = [new("Pak Anu"), new(null, "Bendahara")] });

        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Setiap terlapor wajib diberi nama", page.Text("[data-valmsg-for='Input.ReportedPersons']"), StringComparison.Ordinal);
        Assert.Equal("Pak Anu", page.ValueOf("Input.ReportedPersons[0].Name"));
        Assert.Equal("Bendahara", page.ValueOf("Input.ReportedPersons[1].Position"));
    }

    [Fact]
    public async Task Post_FileWithAnotherError_AsksToChooseTheFileAgain()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.SubmitReportAsync(new ComplaintBuilder { Title = null }.WithFiles(SampleFiles.Png()));

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Judul pengaduan wajib diisi.", page.FieldError("Input.Title"));
        Assert.StartsWith("Berkas yang tadi Anda pilih belum tersimpan", page.FieldError("Files"), StringComparison.Ordinal);
        await AssertNoReportsAsync(browser);
    }

    [Fact]
    public async Task Post_MoreReportedPersonsThanFixedRows_AreAllStored()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder { ReportedPersons = [new("Satu"), new("Dua"), new("Tiga"), new("Empat", "Staf")] };

        var number = await browser.SubmitValidReportAsync(report);

        var detail = await browser.GetPageAsync($"/Pengaduan/{number}");
        Assert.Equal(["Satu", "Dua", "Tiga", "Empat, Staf"], detail.QuerySelectorAll("dl.facts ul.plain li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndStoresNothing()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.SubmitReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()), withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNoReportsAsync(browser);
    }

    private static async Task AssertNoReportsAsync(PageClient browser)
    {
        var list = await browser.GetPageAsync("/Pengaduan");
        Assert.Empty(list.QuerySelectorAll("table.report-table tbody tr"));
    }
}
