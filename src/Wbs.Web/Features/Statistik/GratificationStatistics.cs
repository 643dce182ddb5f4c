using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// Gratification reports (Lapor Gratifikasi) as counted by the public statistics: one category of their own beside
/// the complaints' violation types, and their own statuses.
/// </summary>
public sealed class GratificationStatistics(WbsDbContext db) : IReportKindStatistics
{
    public const string Category = "Laporan Gratifikasi";

    public async Task<KindYear> YearAsync(IReadOnlyList<DateTime> monthStartsUtc, CancellationToken ct)
    {
        var rows = await MonthBuckets.QueryAsync(db, "GratificationReports", null, monthStartsUtc, ct);
        return new KindYear(
            rows.Select(r => new BucketRow(r.Month, Category, StatusName(r.Status), r.Count, r.ResolvedCount, r.ResolvedSeconds)).ToList(),
            [Category],
            Enum.GetValues<GratificationStatus>().Select(s => s.Display()).ToList());
    }

    public Task<KindTotals> TotalsAsync(CancellationToken ct) => YearTotals.QueryAsync(db.GratificationReports, ct);

    private static string StatusName(string stored) =>
        Enum.TryParse<GratificationStatus>(stored, out var status) ? status.Display() : stored;
}
