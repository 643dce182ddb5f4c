using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;
using static Wbs.Tests.Gratifikasi.GratificationPages;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The form's markup that matters without script and to assistive technology.</summary>
public class TambahFormTests(GratificationFactory factory) : IClassFixture<GratificationFactory>
{
    [Fact]
    public async Task Get_Form_HitungLandsOnTheDeadlineBox_AndEnterSendsTheReport()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");

        var form = page.QuerySelector<IHtmlFormElement>("#grt-form")!;
        Assert.Equal("/Gratifikasi/Tambah", form.GetAttribute("action"));
        var hitung = page.QuerySelector("#hitung-batas-waktu")!;
        Assert.Equal("/Gratifikasi/Tambah?handler=BatasWaktu#deadline-box", hitung.GetAttribute("formaction"));
        Assert.NotNull(page.QuerySelector("#grt-form #deadline-box"));

        // Implicit submission (Enter in a field) uses the first submit button in tree order.
        var first = form.QuerySelector("button[type=submit], input[type=submit]")!;
        Assert.Equal("Kirim laporan", first.TextContent.Trim());
        Assert.Null(first.GetAttribute("formaction"));
        Assert.Contains("visually-hidden", first.ClassList);
        Assert.Equal("-1", first.GetAttribute("tabindex"));
        Assert.Equal("true", first.GetAttribute("aria-hidden"));
        Assert.Null(first.GetAttribute("hidden"));
        var visible = form.QuerySelectorAll("button[type=submit]").Where(b => b.GetAttribute("aria-hidden") is null).Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["Periksa kewajiban lapor", "Hitung batas waktu", "Kirim laporan"], visible);
    }

    [Fact]
    public async Task Get_Form_TellsThemPlainlyBeforeFiling_HowTheNamedReportAndPseudonymousComplaintsAreKeptApart()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");

        var note = page.QuerySelector("[data-link-note]");
        Assert.NotNull(note);
        Assert.Contains("nama dan NIK Anda", note.TextContent, StringComparison.Ordinal);
        Assert.Contains("akun nama samaran lain", note.TextContent, StringComparison.Ordinal);

        // It stands before the form, so it is read before anything is filed.
        Assert.Equal(DocumentPositions.Following, note.CompareDocumentPosition(page.QuerySelector("#grt-form")!) & DocumentPositions.Following);
    }

    [Fact]
    public async Task Post_WithTheDefaultButton_SubmitsTheReport()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");

        using var response = await browser.SubmitAsync(page, "/Gratifikasi/Tambah", Form(Draft()), formSelector: "#grt-form", submitter: "[data-default-submit]");

        var list = await browser.FollowAsync(response);
        Assert.Matches(NumberPattern(), list.Text("[role=status] .reg-number"));
    }

    [Fact]
    public async Task Post_FutureDate_SaysItOnceBesideTheField_NotAgainInTheDeadlineBox()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft());
        values["Input.ReceivedDate"] = Iso(GratificationFactory.Today.AddDays(3));

        using var response = await SubmitAsync(browser, values);

        var page = await PageClient.ParseAsync(response);
        const string message = "Tanggal penerimaan tidak boleh di masa depan.";
        Assert.Equal(message, page.FieldError("Input.ReceivedDate"));
        Assert.Equal("Batas waktu pelaporan dihitung setelah tanggal penerimaan diperbaiki.", page.Text("[data-deadline-message]"));
        var summary = page.QuerySelector(".error-summary")!;
        var outsideSummary = page.QuerySelector("#grt-form")!.TextContent.Replace(summary.TextContent, "", StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(outsideSummary, message));
    }

    [Fact]
    public async Task Post_Invalid_EveryErrorIsReferencedByItsFieldWithTheHint_AndInvalidFieldsAreMarked()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var values = Form(Draft(), statement: false);
        values["Input.Nik"] = "64740155";
        values["Input.ReceivedDate"] = Iso(GratificationFactory.Today.AddDays(1));
        values.Remove("Input.ReportType");
        values.Remove("Input.ObjectType");

        using var response = await SubmitAsync(browser, values);

        var page = await PageClient.ParseAsync(response);
        Assert.Equal("-1", page.QuerySelector(".error-summary")!.GetAttribute("tabindex"));

        // A text field: its hint and its error, and marked invalid.
        var nik = page.QuerySelector("#Input_Nik")!;
        Assert.Equal("true", nik.GetAttribute("aria-invalid"));
        Assert.Equal(["Nomor Induk Kependudukan: 16 angka, sesuai KTP.", "NIK harus terdiri dari 16 angka, sesuai KTP."], Described(page, nik));

        // The date: hint, error and the deadline box.
        var date = page.QuerySelector("#Input_ReceivedDate")!;
        Assert.Equal("true", date.GetAttribute("aria-invalid"));
        var dateTexts = Described(page, date);
        Assert.Equal(3, dateTexts.Count);
        Assert.Equal("Tanggal penerimaan tidak boleh di masa depan.", dateTexts[1]);

        // The select.
        var type = page.QuerySelector("#Input_ObjectType")!;
        Assert.Equal("true", type.GetAttribute("aria-invalid"));
        Assert.Equal(["Pilih jenis objek gratifikasi."], Described(page, type));

        // A radio group: the group is described by its hint and error, every choice is marked invalid.
        var group = page.QuerySelector("#Input_ReportType_0")!.Closest("fieldset")!;
        Assert.Equal(["Pilih penolakan bila Anda menolak pemberian tersebut.", "Pilih jenis laporan: penerimaan atau penolakan gratifikasi."], Described(page, group));
        Assert.All(group.QuerySelectorAll("input[type=radio]"), radio => Assert.Equal("true", radio.GetAttribute("aria-invalid")));

        // The statement checkbox.
        var statement = page.QuerySelector("#Statement")!;
        Assert.Equal("true", statement.GetAttribute("aria-invalid"));
        Assert.Equal(["Centang pernyataan bahwa laporan gratifikasi ini benar dan dibuat dengan sebenar-benarnya."], Described(page, statement));

        // A valid field is neither marked nor described by an error; a valid radio group neither.
        var fullName = page.QuerySelector("#Input_FullName")!;
        Assert.Null(fullName.GetAttribute("aria-invalid"));
        Assert.Null(fullName.GetAttribute("aria-describedby"));
        Assert.Null(page.QuerySelector("#Input_Relationship_0")!.GetAttribute("aria-invalid"));

        // No error text on the form is left unreferenced.
        var referenced = page.QuerySelectorAll("#grt-form [aria-describedby]")
            .SelectMany(e => e.GetAttribute("aria-describedby")!.Split(' ')).ToHashSet();
        var errors = page.QuerySelectorAll("#grt-form .field .error-text").Where(e => e.TextContent.Trim().Length > 0).ToList();
        Assert.Equal(5, errors.Count);
        Assert.All(errors, e => Assert.Contains(e.Id ?? "(no id)", referenced));
        Assert.All(page.QuerySelectorAll("#grt-form [aria-invalid=true]"), e => Assert.NotNull(e.GetAttribute("name")));
    }

    [Fact]
    public async Task Post_FileProblem_MarksTheFileInputAndReferencesTheMessage()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var response = await SubmitAsync(browser, Form(Draft()), [new UploadFile("skrip.exe", [0x4D, 0x5A, 0x90, 0x00])]);

        var page = await PageClient.ParseAsync(response);
        var files = page.QuerySelector("#Files")!;
        Assert.Equal("true", files.GetAttribute("aria-invalid"));
        var texts = Described(page, files);
        Assert.True(texts.Count >= 2, "The file input is described by its hint only.");
        Assert.Contains("skrip.exe", texts[1], StringComparison.Ordinal);
    }

    /// <summary>The texts an element's aria-describedby points to, in order; every id must exist.</summary>
    private static List<string> Described(IDocument page, IElement element) =>
        (element.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => page.GetElementById(id) ?? throw new InvalidOperationException($"aria-describedby names a missing id '{id}'."))
            .Select(e => e.TextContent.Trim())
            .ToList();
}
