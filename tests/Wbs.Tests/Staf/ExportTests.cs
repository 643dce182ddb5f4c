using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Features.Pengaduan;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>GET /Staf/Ekspor: the filtered inbox as csv or xlsx, with no reporter identity, scoped and audited.</summary>
public sealed class ExportTests(ExportTests.Setup setup) : IClassFixture<ExportTests.Setup>
{
    [Fact]
    public async Task Csv_ByInspektur_HasBomHeaderAndEveryReport_WithoutContactOrPseudonym()
    {
        using var response = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nomor registrasi,Tanggal masuk,Judul,Jenis pelanggaran,Unit kerja/OPD,Status", lines[0], StringComparison.Ordinal);
        Assert.Equal(setup.All.Order(), lines.Skip(1).Select(l => l.Split(',')[0]).Order());
        setup.AssertNoIdentity(string.Join('\n', lines));
        Assert.Contains(lines, l => l.Contains(setup.Titles[setup.All[0]], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Xlsx_ByInspektur_IsAWorkbookWithEveryReport_WithoutContactOrPseudonym()
    {
        using var response = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InboxExport.XlsxType, response.Content.Headers.ContentType?.MediaType);
        var rows = ReadSheet(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("Nomor registrasi", rows[0][0]);
        Assert.Contains("Judul", rows[0]);
        Assert.Contains("Keadaan tenggat", rows[0]);
        Assert.Equal(setup.All.Order(), rows.Skip(1).Select(r => r[0]).Order());
        setup.AssertNoIdentity(string.Join('\n', rows.SelectMany(r => r)));
        var statusColumn = Array.IndexOf(rows[0], "Status");
        var verified = rows.Single(r => r[0] == setup.Verified);
        Assert.Equal("Verifikasi", verified[statusColumn]);
    }

    [Fact]
    public async Task Export_WithStatusFilter_HasOnlyThoseReports()
    {
        var csv = await Setup.CsvAsync(setup.InspekturPages, "status=Verifikasi");
        var xlsx = ReadSheet(await setup.InspekturPages.Http.GetByteArrayAsync("/Staf/Ekspor?format=xlsx&status=Verifikasi"));

        Assert.Equal([setup.Verified], csv.Select(r => r[0]));
        Assert.Equal([setup.Verified], xlsx.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Export_WithViolationTypeAndNumberFilters_HasOnlyMatchingReports()
    {
        var byType = await Setup.CsvAsync(setup.InspekturPages, $"violationTypeId={setup.SuapId}");
        var byNumber = await Setup.CsvAsync(setup.InspekturPages, "number=" + Uri.EscapeDataString(setup.All[1]));

        Assert.Equal([setup.Suap], byType.Select(r => r[0]));
        Assert.Equal([setup.All[1]], byNumber.Select(r => r[0]));
    }

    [Fact]
    public async Task Export_WithTheInboxPagesParameterNames_FiltersTheSame()
    {
        var byType = await Setup.CsvAsync(setup.InspekturPages, $"jenis={setup.SuapId}&halaman=2&ukuran=5");
        var byNumber = await Setup.CsvAsync(setup.InspekturPages, "nomor=" + Uri.EscapeDataString(setup.All[1]));
        var byHandler = await Setup.CsvAsync(setup.InspekturPages, "petugas=" + setup.Verifikator.Id);
        var notOverdue = await Setup.CsvAsync(setup.InspekturPages, "terlambat=true");

        Assert.Equal([setup.Suap], byType.Select(r => r[0]));
        Assert.Equal([setup.All[1]], byNumber.Select(r => r[0]));
        Assert.Equal([setup.Verified], byHandler.Select(r => r[0]));
        Assert.Empty(notOverdue);
    }

    [Fact]
    public async Task Export_ByVerifikator_HasOnlyTheReportsAssignedToThem()
    {
        var rows = await Setup.CsvAsync(setup.VerifikatorPages, "");

        Assert.Equal([setup.Verified], rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Csv_TitleThatLooksLikeAFormula_IsDefused()
    {
        var rows = await Setup.CsvAsync(setup.InspekturPages, "number=" + Uri.EscapeDataString(setup.Formula));

        var title = rows.Single()[2];
        Assert.StartsWith("'=", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_KeepsTheHeaderWidthsAndDates_AndWritesAFormulaLookingTitleAsText()
    {
        var xlsx = await setup.InspekturPages.Http.GetByteArrayAsync("/Staf/Ekspor?format=xlsx");

        var rows = ReadSheet(xlsx);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var header = rows[0];
        Assert.Equal(["Nomor registrasi", "Tanggal masuk", "Judul", "Jenis pelanggaran", "Unit kerja/OPD", "Status", "Status sejak", "Petugas", "Tenggat", "Keadaan tenggat", "Hasil", "Diteruskan ke", "Tanggal selesai", "Kanal", "Tanggal diterima"], header);
        var widths = worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width!.Value);
        Assert.InRange(widths[1], 20, 21);
        Assert.InRange(widths[Array.IndexOf(header, "Judul") + 1], 48, 49);
        Assert.InRange(widths[Array.IndexOf(header, "Tenggat") + 1], 12, 13);
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State?.Value);
        Assert.Equal(1, pane.VerticalSplit?.Value);
        // Fifteen columns: the last two are the channel and the day received.
        Assert.StartsWith("A1:O", worksheet.Descendants<AutoFilter>().Single().Reference?.Value, StringComparison.Ordinal);

        Assert.Empty(worksheet.Descendants<CellFormula>());
        var formulaRow = Array.FindIndex(rows.ToArray(), r => r[0] == setup.Formula);
        var title = worksheet.Descendants<Row>().ElementAt(formulaRow).Elements<Cell>().ElementAt(Array.IndexOf(header, "Judul"));
        Assert.Equal(setup.Titles[setup.Formula], rows[formulaRow][Array.IndexOf(header, "Judul")]);
        Assert.Equal(CellValues.String, title.DataType?.Value);

        var submitted = worksheet.Descendants<Row>().ElementAt(formulaRow).Elements<Cell>().ElementAt(1);
        Assert.Null(submitted.DataType);
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)submitted.StyleIndex!.Value);
        var code = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value);
        Assert.Equal("yyyy-mm-dd hh:mm", code.FormatCode?.Value);
        var at = DateTime.FromOADate(double.Parse(submitted.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(at, DateTime.Now.AddDays(-2), DateTime.Now.AddDays(2));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Xlsx_TextThatLooksLikeAFormula_StaysTextAsTyped(string text)
    {
        var xlsx = InboxExport.Xlsx([("Judul", 48, null)], [[text]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(worksheet.Descendants<CellFormula>());
        var cell = worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Single();
        Assert.Equal(CellValues.String, cell.DataType?.Value);
        // XML reads a lone carriage return back as a line feed; the text is otherwise as typed.
        Assert.Equal(text.Replace('\r', '\n'), cell.CellValue?.Text);
        Assert.Equal(text.Replace('\r', '\n'), ReadSheet(xlsx)[1][0]);
    }

    [Fact]
    public async Task Export_IsAudited_WithFormatFilterAndRowCount()
    {
        using var response = await setup.VerifikatorPages.Http.GetAsync("/Staf/Ekspor?format=xlsx&status=Verifikasi&overdue=false");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var scope = setup.Factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var entry = await db.AuditEntries.Where(e => e.Action == AuditActions.Export && e.Actor == setup.Verifikator.UserName)
            .OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("format=xlsx status=Verifikasi baris=1", entry.Detail);
        Assert.Equal("daftar-pengaduan", entry.Subject);
    }

    [Fact]
    public async Task Export_WithUnknownFormatOrStatus_Answers400()
    {
        using var format = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=pdf");
        using var status = await setup.InspekturPages.Http.GetAsync("/Staf/Ekspor?format=csv&status=Hilang");

        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
    }

    /// <summary>The first sheet's cells as text, row by row.</summary>
    private static List<string[]> ReadSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var problems = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(problems.Count == 0, "The workbook does not follow the Open XML schema: " + string.Join(" | ", problems));
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Pengaduan", sheet.Name?.Value);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row => row.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }

    public sealed class Setup : IAsyncLifetime
    {
        public WbsFactory Factory { get; } = new();
        public Reporter ReporterAccount { get; private set; } = null!;
        public List<string> All { get; } = [];
        public Dictionary<string, string> Titles { get; } = [];
        public string Verified { get; private set; } = "";
        public string Suap { get; private set; } = "";
        public int SuapId { get; private set; }
        public string Formula { get; private set; } = "";
        public TestStaff Verifikator { get; private set; } = null!;
        public PageClient InspekturPages { get; private set; } = null!;
        public PageClient VerifikatorPages { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            using var reporter = Factory.CreateApiClient();
            ReporterAccount = await reporter.SignUpAsync(Reporter.New(email: "pelapor.rahasia@contoh.id"));
            foreach (var (type, title) in new[]
            {
                ("Pungutan Liar", "Pungutan di loket perizinan"),
                ("Suap", "Suap dalam pengadaan alat tulis"),
                ("Pungutan Liar", "=HYPERLINK(\"http://contoh.id\",\"klik\")"),
                ("Lainnya", "Kendaraan dinas dipakai pribadi"),
            })
            {
                var number = await reporter.CreateValidReportAsync(new ComplaintBuilder { ViolationType = type, Title = title });
                All.Add(number);
                Titles[number] = title;
            }

            Suap = All[1];
            SuapId = (await reporter.ViolationTypesAsync())["Suap"];
            Formula = All[2];
            var inspektur = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            using (var api = await BackOfficeStaff.ApiAsync(Factory, inspektur))
            {
                using var moved = await api.Http.PostAsJsonAsync($"/api/v1/staff/reports/{All[3]}/status", new { status = "Verifikasi" });
                Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            }

            Verified = All[3];
            Verifikator = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Verifikator);
            await using (var scope = Factory.CreateScope())
            {
                var reports = scope.ServiceProvider.GetRequiredService<StaffComplaints>();
                var actor = new StaffActor(inspektur.Id, inspektur.UserName, new HashSet<string> { StaffRoles.Inspektur });
                Assert.Equal(OutcomeKind.Ok, (await reports.AssignAsync(actor, Verified, Verifikator.Id, default)).Kind);
            }

            InspekturPages = await BackOfficeStaff.PagesAsync(Factory, inspektur);
            VerifikatorPages = await BackOfficeStaff.PagesAsync(Factory, Verifikator);
        }

        /// <summary>The csv's data rows (header dropped), split naively: test titles hold no commas except the formula's, which is quoted.</summary>
        public static async Task<List<string[]>> CsvAsync(PageClient client, string query)
        {
            using var response = await client.Http.GetAsync("/Staf/Ekspor?format=csv&" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
            return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(SplitCsv).ToList();
        }

        public void AssertNoIdentity(string text)
        {
            Assert.DoesNotContain(ReporterAccount.PhoneNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterAccount.PhoneNumber[^6..], text, StringComparison.Ordinal);
            Assert.DoesNotContain("pelapor.rahasia", text, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterAccount.Username, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Pak Anu", text, StringComparison.Ordinal);
        }

        public Task DisposeAsync()
        {
            InspekturPages.Dispose();
            VerifikatorPages.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }

        private static string[] SplitCsv(string line)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(c);
                }
            }

            cells.Add(cell.ToString());
            return [.. cells];
        }
    }
}
