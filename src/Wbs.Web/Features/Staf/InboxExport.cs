using Wbs.Web.Features.Pengaduan;
using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Staf;

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
            ? new ExportFile(Xlsx([.. columns.Select(c => (c.Header, c.Width, c.Format))], rows.Select(r => columns.Select(c => c.Value(r)).ToArray())), XlsxType, $"pengaduan-{stamp}.xlsx", rows.Count)
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
                r.Id, r.RegistrationNumber, r.SubmittedAt, r.Channel, r.ReceivedOn, r.SealedContent, ViolationType = r.ViolationType!.Name,
                Unit = r.Unit == null ? null : r.Unit.Name, r.Status, r.StatusChangedAt, r.AssignedToId, r.DueOn, r.Outcome, r.ForwardedTo, r.ResolvedAt,
            })
            .ToListAsync(ct);
        var handlerIds = raw.Select(r => r.AssignedToId).OfType<string>().Distinct().ToList();
        var handlers = await db.Users.AsNoTracking().Where(u => handlerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        return raw.Select(r => new ExportRow(
            r.RegistrationNumber, r.SubmittedAt, r.Channel, r.ReceivedOn,
            actor.CanReadComplaints ? sealer.TitleOrUnavailable(r.Id, r.SealedContent) : null,
            r.ViolationType, r.Unit, r.Status, r.StatusChangedAt, r.AssignedToId is null ? null : handlers.GetValueOrDefault(r.AssignedToId),
            r.DueOn, deadlines.StateOf(r.DueOn, holidays), r.Outcome, r.ForwardedTo, r.ResolvedAt)).ToList();
    }

    private const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    private sealed record Column(string Header, double Width, Func<ExportRow, object?> Value, string? Format = null);

    private List<Column> Columns(bool withTitle)
    {
        var columns = new List<Column>
        {
            new("Nomor registrasi", 20, r => r.RegistrationNumber),
            new("Tanggal masuk", 18, r => clock.ToLocal(r.SubmittedAt), DateTimeFormat),
            new("Judul", 48, r => r.Title),
            new("Jenis pelanggaran", 26, r => r.ViolationType),
            new("Unit kerja/OPD", 36, r => r.Unit),
            new("Status", 18, r => r.Status.Display()),
            new("Status sejak", 18, r => clock.ToLocal(r.StatusChangedAt), DateTimeFormat),
            new("Petugas", 18, r => r.Handler),
            new("Tenggat", 12, r => r.DueOn, "yyyy-mm-dd"),
            new("Keadaan tenggat", 18, r => DeadlineText(r.Deadline)),
            new("Hasil", 16, r => r.Outcome?.Display()),
            new("Diteruskan ke", 26, r => r.ForwardedTo),
            new("Tanggal selesai", 18, r => r.ResolvedAt is { } at ? clock.ToLocal(at) : null, DateTimeFormat),
            new("Kanal", 20, r => r.Channel.Display()),
            new("Tanggal diterima", 14, r => r.ReceivedOn ?? DateOnly.FromDateTime(clock.ToLocal(r.SubmittedAt)), "yyyy-mm-dd"),
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

    // MiniExcel writes a styled, frozen and filtered header and these widths; strings go in as text values, never as formulas.
    internal static byte[] Xlsx(IReadOnlyList<(string Header, double Width, string? Format)> columns, IEnumerable<object?[]> rows)
    {
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. columns.Select((c, i) => new DynamicExcelColumn(Key(i)) { Name = c.Header, Width = c.Width, Format = c.Format })],
        };
        var values = rows.Select(row => (IDictionary<string, object?>)row.Select((value, i) => (Key(i), XlsxValue(value))).ToDictionary());
        using var stream = new MemoryStream();
        stream.SaveAs(values, sheetName: "Pengaduan", excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    private static string Key(int index) => string.Create(CultureInfo.InvariantCulture, $"c{index}");

    private static object? XlsxValue(object? value) => value switch
    {
        null or DateTime => value,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        _ => XmlSafe(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
