using System.Net;
using System.Text.Json;
using Wbs.Tests.Infrastructure;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The legal deadline on the form: without script through "Hitung batas waktu", with script through JSON.</summary>
public class BatasWaktuTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    // Friday 14 August 2026: the count crosses the weekend, 17 August (Independence Day) and 25 August (Maulid).
    private static readonly DateOnly FridayBeforeHolidays = new(2026, 8, 14);

    [Fact]
    public async Task HitungBatasWaktu_ReceiptOnAFridayBeforeHolidays_ShowsTheDeadlineAndANearWarning_WithoutValidating()
    {
        var (expected, left) = await ExpectedDeadlineAsync(factory, FridayBeforeHolidays, GratificationFactory.Today);
        // Weekends alone would end the count two working days earlier; the holidays must move it.
        Assert.Equal(new DateOnly(2026, 9, 29), expected);
        Assert.InRange(left, 0, 5);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");
        var values = new Dictionary<string, string?>
        {
            ["Input.FullName"] = "Rahmawati",
            ["Input.Nik"] = "123",
            ["Input.ReceivedDate"] = Iso(FridayBeforeHolidays),
            ["Input.Relationship"] = "keluarga",
            ["Input.Chronology"] = "Baris pertama.\nBaris kedua.",
        };

        using var response = await browser.SubmitAsync(form, "/Gratifikasi/Tambah", values, [SampleFiles.Png()], "#grt-form", submitter: "#hitung-batas-waktu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Equal("", page.FieldError("Input.Nik"));
        Assert.Equal("", page.FieldError("Statement"));
        Assert.Equal("Rahmawati", page.ValueOf("Input.FullName"));
        Assert.Equal("123", page.ValueOf("Input.Nik"));
        Assert.Equal("Baris pertama.\nBaris kedua.", page.ValueOf("Input.Chronology"));
        Assert.Equal("keluarga", page.QuerySelector("input[name='Input.Relationship']:checked")?.GetAttribute("value"));
        Assert.Equal(Iso(FridayBeforeHolidays), page.ValueOf("Input.ReceivedDate"));

        var box = page.QuerySelector("#deadline-box")!;
        Assert.Contains("deadline-near", box.ClassList);
        Assert.Equal("polite", box.GetAttribute("aria-live"));
        Assert.Equal(LongDate(expected), box.Text("[data-deadline-text]"));
        Assert.Equal("Selasa, 29 September 2026", box.Text("[data-deadline-text]"));
        Assert.Equal($"Sisa {left} hari kerja.", box.Text("[data-deadline-left]"));
        var message = box.Text("[data-deadline-message]");
        Assert.StartsWith("Segera kirim laporan ini", message, StringComparison.Ordinal);
        Assert.DoesNotContain(LongDate(expected), message, StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", message, StringComparison.Ordinal);

        // Files are never kept across a round trip: the reporter is told to choose them again.
        Assert.Contains("Pilih kembali dokumen pendukung", page.FieldError("Files"), StringComparison.Ordinal);

        // The page now sits at the handler's address; "Kirim laporan" must still submit the report, not recount.
        Assert.Equal("/Gratifikasi/Tambah", page.QuerySelector("#grt-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task HitungBatasWaktu_DeadlinePassed_SaysSoAndThatTheLawTreatsItAsBribery()
    {
        var received = new DateOnly(2026, 7, 1);
        var (expected, _) = await ExpectedDeadlineAsync(factory, received, GratificationFactory.Today);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");

        using var response = await browser.SubmitAsync(
            form, "/Gratifikasi/Tambah", new Dictionary<string, string?> { ["Input.ReceivedDate"] = Iso(received) }, formSelector: "#grt-form", submitter: "#hitung-batas-waktu");

        var page = await PageClient.ParseAsync(response);
        var box = page.QuerySelector("#deadline-box")!;
        Assert.Contains("deadline-passed", box.ClassList);
        Assert.Equal(LongDate(expected), box.Text("[data-deadline-text]"));
        Assert.StartsWith("Terlambat ", box.Text("[data-deadline-left]"), StringComparison.Ordinal);
        var message = box.Text("[data-deadline-message]");
        Assert.StartsWith("Batas waktu pelaporan sudah lewat. ", message, StringComparison.Ordinal);
        Assert.DoesNotContain(LongDate(expected), message, StringComparison.Ordinal);
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", message, StringComparison.Ordinal);
        Assert.Contains("Tetap kirim laporan ini sekarang", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HitungBatasWaktu_RecentReceipt_ShowsThePlainDeadlineWithoutWarning()
    {
        var received = new DateOnly(2026, 9, 21);
        var (expected, left) = await ExpectedDeadlineAsync(factory, received, GratificationFactory.Today);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");

        using var response = await browser.SubmitAsync(
            form, "/Gratifikasi/Tambah", new Dictionary<string, string?> { ["Input.ReceivedDate"] = Iso(received) }, formSelector: "#grt-form", submitter: "#hitung-batas-waktu");

        var box = (await PageClient.ParseAsync(response)).QuerySelector("#deadline-box")!;
        Assert.Contains("deadline-open", box.ClassList);
        Assert.Equal(LongDate(expected), box.Text("[data-deadline-text]"));
        Assert.Equal($"Sisa {left} hari kerja.", box.Text("[data-deadline-left]"));
        Assert.Equal("30 hari kerja sejak tanggal penerimaan.", box.Text("[data-deadline-message]"));
    }

    [Fact]
    public async Task HitungBatasWaktu_FutureDate_ExplainsInsteadOfADeadline()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Gratifikasi/Tambah");

        using var response = await browser.SubmitAsync(
            form, "/Gratifikasi/Tambah", new Dictionary<string, string?> { ["Input.ReceivedDate"] = "2026-10-01" }, formSelector: "#grt-form", submitter: "#hitung-batas-waktu");

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("deadline-none", page.QuerySelector("#deadline-box")!.ClassList);
        Assert.True(page.QuerySelector("[data-deadline-date]")!.HasAttribute("hidden"));
        Assert.Equal("Tanggal penerimaan tidak boleh di masa depan.", page.Text("[data-deadline-message]"));
    }

    [Fact]
    public async Task BatasWaktuJson_ReceiptOnAFridayBeforeHolidays_AnswersTheServersCount()
    {
        var (expected, left) = await ExpectedDeadlineAsync(factory, FridayBeforeHolidays, GratificationFactory.Today);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.Http.GetAsync($"/Gratifikasi/Tambah?handler=BatasWaktu&tanggal={Iso(FridayBeforeHolidays)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("near", json.GetProperty("state").GetString());
        Assert.True(json.GetProperty("warning").GetBoolean());
        Assert.Equal(Iso(expected), json.GetProperty("deadline").GetString());
        Assert.Equal(LongDate(expected), json.GetProperty("deadlineText").GetString());
        Assert.Equal(left, json.GetProperty("workingDaysLeft").GetInt32());
        Assert.Contains("dianggap suap, kecuali KPK menetapkan lain", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-01", "Tanggal penerimaan tidak boleh di masa depan.")]
    [InlineData("17-08-2026", "Tanggal penerimaan tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.")]
    [InlineData("", "Isi tanggal penerimaan untuk melihat batas waktu pelaporan (30 hari kerja sejak tanggal penerimaan).")]
    public async Task BatasWaktuJson_NoUsableDate_AnswersWhy(string date, string message)
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await browser.Http.GetAsync($"/Gratifikasi/Tambah?handler=BatasWaktu&tanggal={date}");

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal("none", json.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("deadline").ValueKind);
        Assert.Equal(message, json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_AfterAValidationError_StillShowsTheDeadlineOfTheTypedDate()
    {
        var (expected, _) = await ExpectedDeadlineAsync(factory, FridayBeforeHolidays, GratificationFactory.Today);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft());
        values["Input.ReceivedDate"] = Iso(FridayBeforeHolidays);
        values["Input.GiverName"] = "";

        using var response = await SubmitAsync(browser, values);

        var page = await PageClient.ParseAsync(response);
        Assert.NotEqual("", page.FieldError("Input.GiverName"));
        Assert.Equal(LongDate(expected), page.Text("#deadline-box [data-deadline-text]"));
    }
}
