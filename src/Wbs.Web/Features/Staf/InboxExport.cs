using Wbs.Web.Features.Pengaduan;
using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

/// <summary>One exported report: what periodic reporting needs, never who reported it.</summary>
public sealed record ExportRow(
    string RegistrationNumber, DateTime SubmittedAt, string? Title, string ViolationType, string? Unit, ReportStatus Status,
    DateTime StatusChangedAt, string? Handler, DateOnly? DueOn, DeadlineState Deadline, ReportOutcome? Outcome, string? ForwardedTo,
    DateTime? ResolvedAt);

public sealed record ExportFile(byte[] Content, string ContentType, string FileName, int Rows);

/// <summary>
/// The filtered inbox as xlsx or csv for periodic reports. Scoped exactly like the inbox, carries no reporter
/// identity or contact, and every export is written to the audit chain with its filter and row count.
/// </summary>
public sealed class InboxExport(StaffComplaints reports, ContentSealer sealer, Deadlines deadlines, AgencyClock clock, AuditLog audit, Data.WbsDbContext db)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public async Task<ExportFile> ExportAsync(StaffActor actor, ComplaintInboxFilter filter, bool xlsx, CancellationToken ct)
    {
        var rows = await RowsAsync(actor, filter, ct);
        var columns = Columns(actor.CanReadComplaints);
        var stamp = clock.ToLocal(clock.UtcNow).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var file = xlsx
            ? new ExportFile(Xlsx(columns, rows), XlsxType, $"pengaduan-{stamp}.xlsx", rows.Count)
            : new ExportFile(Csv(columns, rows), CsvType, $"pengaduan-{stamp}.csv", rows.Count);
        await audit.AppendAsync(actor.UserName, AuditActions.Export, "daftar-pengaduan",
            $"format={(xlsx ? "xlsx" : "csv")} {InboxQuery.Describe(filter)} baris={rows.Count}", ct);
        return file;
    }

    public async Task<List<ExportRow>> RowsAsync(StaffActor actor, ComplaintInboxFilter filter, CancellationToken ct)
    {
        var raw = await reports.Filtered(actor, filter).OrderBy(r => r.SubmittedAt)
            .Select(r => new
            {
                r.Id, r.RegistrationNumber, r.SubmittedAt, r.SealedContent, ViolationType = r.ViolationType!.Name,
                Unit = r.Unit == null ? null : r.Unit.Name, r.Status, r.StatusChangedAt, r.AssignedToId, r.DueOn, r.Outcome, r.ForwardedTo, r.ResolvedAt,
            })
            .ToListAsync(ct);
        var handlerIds = raw.Select(r => r.AssignedToId).OfType<string>().Distinct().ToList();
        var handlers = await db.Users.AsNoTracking().Where(u => handlerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        return raw.Select(r => new ExportRow(
            r.RegistrationNumber, r.SubmittedAt,
            actor.CanReadComplaints ? sealer.Open<ReportContent>(r.Id, r.SealedContent).Title : null,
            r.ViolationType, r.Unit, r.Status, r.StatusChangedAt, r.AssignedToId is null ? null : handlers.GetValueOrDefault(r.AssignedToId),
            r.DueOn, deadlines.StateOf(r.DueOn, holidays), r.Outcome, r.ForwardedTo, r.ResolvedAt)).ToList();
    }

    private sealed record Column(string Header, double Width, Func<ExportRow, object?> Value);

    private List<Column> Columns(bool withTitle)
    {
        var columns = new List<Column>
        {
            new("Nomor registrasi", 20, r => r.RegistrationNumber),
            new("Tanggal masuk", 18, r => clock.ToLocal(r.SubmittedAt)),
            new("Judul", 48, r => r.Title),
            new("Jenis pelanggaran", 26, r => r.ViolationType),
            new("Unit kerja/OPD", 36, r => r.Unit),
            new("Status", 18, r => r.Status.Display()),
            new("Status sejak", 18, r => clock.ToLocal(r.StatusChangedAt)),
            new("Petugas", 18, r => r.Handler),
            new("Tenggat", 12, r => r.DueOn),
            new("Keadaan tenggat", 18, r => DeadlineText(r.Deadline)),
            new("Hasil", 16, r => r.Outcome?.Display()),
            new("Diteruskan ke", 26, r => r.ForwardedTo),
            new("Tanggal selesai", 18, r => r.ResolvedAt is { } at ? clock.ToLocal(at) : null),
        };
        if (!withTitle)
        {
            columns.RemoveAll(c => c.Header == "Judul");
        }

        return columns;
    }

    public static string DeadlineText(DeadlineState state) => state switch
    {
        DeadlineState.Overdue => "Lewat tenggat",
        DeadlineState.DueSoon => "Segera jatuh tempo",
        DeadlineState.OnTrack => "Sesuai jadwal",
        _ => "",
    };

    // UTF-8 with a byte order mark, so Excel reads Indonesian text right; cells that a spreadsheet would take for a formula are defused.
    private static byte[] Csv(List<Column> columns, List<ExportRow> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Quote(CsvText(c.Value(row))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string CsvText(object? value) => value switch
    {
        null => "",
        DateTime at => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when s.Length > 0 && "=+-@\t\r".Contains(s[0], StringComparison.Ordinal) => "'" + s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private const uint HeaderStyle = 1;
    private const uint DateTimeStyle = 2;
    private const uint DateStyle = 3;

    // Strings are written inline (never as formulas); dates as real dates in the sheet's own formats.
    private static byte[] Xlsx(List<Column> columns, List<ExportRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(columns.Select(c => (OpenXmlElement)TextCell(c.Header, HeaderStyle))) { RowIndex = 1 });
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(new Row(columns.Select(c => (OpenXmlElement)Cell(c.Value(row)))) { RowIndex = index++ });
            }

            var widths = new Columns(columns.Select((c, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true,
            }));
            var frozen = new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 });
            var lastColumn = ColumnName(columns.Count);
            sheetPart.Worksheet = new Worksheet(frozen, widths, data, new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, rows.Count + 1)}" });
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Pengaduan" }));
            workbook.Workbook.AppendChild(new DefinedNames(new DefinedName($"Pengaduan!$A$1:${lastColumn}${Math.Max(1, rows.Count + 1)}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        DateTime at => new Cell { CellValue = new CellValue(at.ToOADate()), DataType = CellValues.Number, StyleIndex = DateTimeStyle },
        DateOnly day => new Cell { CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()), DataType = CellValues.Number, StyleIndex = DateStyle },
        _ => TextCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Cell TextCell(string text, uint style) => new(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string ColumnName(int number)
    {
        var name = "";
        while (number > 0)
        {
            var rest = (number - 1) % 26;
            name = (char)('A' + rest) + name;
            number = (number - 1) / 26;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }) { Count = 4 });
}
