using System.Globalization;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// Geometry of the server-drawn SVG charts, in viewBox units that equal CSS pixels at the intended width, so
/// text stays legible on a 390-pixel phone; the pages draw a narrow and a wide variant and CSS shows one.
/// </summary>
public static class BarCharts
{
    public static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
    public static readonly string[] Months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private const double ValueSpace = 18, LabelSpace = 22, Side = 4, RowHeight = 40, CharWidth = 7.4;

    public static string Number(long value) => value.ToString("N0", Culture.Indonesian);

    /// <summary>At most five characters above a column: 12.345 becomes "12 rb", 1.234.567 becomes "1,2 jt".</summary>
    public static string Compact(long value) => value switch
    {
        < 10_000 => Number(value),
        < 1_000_000 => (value / 1000).ToString(Culture.Indonesian) + " rb",
        _ => (Math.Floor(value / 100_000d) / 10).ToString("0.#", Culture.Indonesian) + " jt",
    };

    public static ColumnChart Columns(IReadOnlyList<long> values, IReadOnlyList<string> labels, int width, int height)
    {
        var max = Math.Max(1, values.Count == 0 ? 0 : values.Max());
        var plot = height - ValueSpace - LabelSpace;
        var slot = (width - (2 * Side)) / (double)values.Count;
        var columns = values.Select((value, i) =>
        {
            var h = Math.Round(value / (double)max * plot, 1);
            var x = Side + (i * slot);
            return new Column(labels[i], Compact(value), Round(x + (slot * 0.18)), Round(ValueSpace + plot - h), Round(slot * 0.64), h, Round(x + (slot / 2)));
        }).ToList();
        return new ColumnChart(width, height, ValueSpace + plot, height - 6, columns);
    }

    /// <summary>One row per item: its name on a line of its own (long names fit), the bar below, the number after the bar.</summary>
    public static RowChart Rows(IReadOnlyList<NamedCount> items, int width)
    {
        var max = Math.Max(1, items.Count == 0 ? 0 : items.Max(i => i.Count));
        var longest = items.Count == 0 ? 1 : items.Max(i => Number(i.Count).Length);
        var barSpace = width - (2 * Side) - (longest * CharWidth) - 8;
        var rows = items.Select((item, i) =>
        {
            var top = i * RowHeight;
            var w = Math.Round(item.Count / (double)max * barSpace, 1);
            return new Row(item.Name, Number(item.Count), Key(item.Name), top + 15, top + 21, w, 13, Round(Side + w + 6), top + 32);
        }).ToList();
        return new RowChart(width, (int)(items.Count * RowHeight) + 4, rows);
    }

    /// <summary>A CSS-safe word for a name ("Perlu Dilengkapi" → "perludilengkapi"), used to colour status bars.</summary>
    public static string Key(string name) =>
        new(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static double Round(double value) => Math.Round(value, 1);
}
