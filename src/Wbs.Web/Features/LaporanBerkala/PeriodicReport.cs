namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>The periodic report of one period: the totals and the same figures per channel, violation type and unit.</summary>
public sealed record PeriodicReport(
    ReportPeriod Period, DateTime GeneratedAt, KpiRow Total, IReadOnlyList<KpiRow> ByChannel, IReadOnlyList<KpiRow> ByViolationType, IReadOnlyList<KpiRow> ByUnit)
{
    public IEnumerable<(string Title, string Column, IReadOnlyList<KpiRow> Rows)> Breakdowns =>
    [
        ("Per kanal", "Kanal", ByChannel),
        ("Per jenis pelanggaran", "Jenis pelanggaran", ByViolationType),
        ("Per unit kerja/OPD", "Unit kerja/OPD", ByUnit),
    ];
}
