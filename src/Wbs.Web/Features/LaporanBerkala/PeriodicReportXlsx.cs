using System.Globalization;
using MiniExcelLibs;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report as a workbook: a summary sheet and one sheet per breakdown, numbers as numbers.</summary>
public static class PeriodicReportXlsx
{
    public static byte[] Render(PeriodicReport report, AgencyClock clock)
    {
        var summary = new List<Dictionary<string, object?>>
        {
            Pair("Periode", report.Period.Label),
            Pair("Tanggal diterima", $"{report.Period.From:yyyy-MM-dd} s.d. {report.Period.To:yyyy-MM-dd}"),
            Pair("Dibuat", clock.ToLocal(report.GeneratedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + clock.ZoneLabel),
        };
        summary.AddRange(KpiText.Headers.Zip(KpiText.Values(report.Total), (h, v) => Pair(h, v)));
        var sheets = new Dictionary<string, object> { ["Ringkasan"] = summary };
        foreach (var (title, column, rows) in report.Breakdowns)
        {
            sheets[SheetName(title)] = rows.Select(r => Row(column, r)).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Pair(string label, object? value) =>
        new Dictionary<string, object?> { ["Ukuran"] = label, ["Nilai"] = value };

    private static Dictionary<string, object?> Row(string column, KpiRow row)
    {
        var values = new Dictionary<string, object?> { [column] = row.Name };
        foreach (var (header, value) in KpiText.Headers.Zip(KpiText.Values(row)))
        {
            values[header] = value;
        }

        return values;
    }

    // Sheet names may not hold '/' and are at most 31 characters.
    private static string SheetName(string title)
    {
        var name = title.Replace('/', '-');
        return name.Length <= 31 ? name : name[..31];
    }
}
