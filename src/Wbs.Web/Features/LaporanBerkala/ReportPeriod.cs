using System.Globalization;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>A quarter (triwulan 1–4) or, with no quarter, a whole year, in the agency's local days.</summary>
public sealed record ReportPeriod(int Year, int? Quarter)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public DateOnly From => new(Year, Quarter is { } q ? ((q - 1) * 3) + 1 : 1, 1);

    public DateOnly To => Quarter is { } q ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    public string Label => Quarter is { } q ? $"Triwulan {Roman[q - 1]} Tahun {Year}" : $"Tahun {Year}";

    /// <summary>A name fit for a file and the audit log: 2026-T1, 2026.</summary>
    public string Slug => Quarter is { } q ? string.Create(CultureInfo.InvariantCulture, $"{Year}-T{q}") : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The period asked for, or null when the year or quarter is out of range.</summary>
    public static ReportPeriod? Parse(int year, int? quarter) =>
        year is < 2000 or > 9999 || quarter is < 1 or > 4 ? null : new(year, quarter);
}
