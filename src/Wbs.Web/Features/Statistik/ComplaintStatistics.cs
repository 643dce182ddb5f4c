using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Statistik;

/// <summary>Complaints (Pengaduan) as counted by the public statistics: by violation type and by status.</summary>
public sealed class ComplaintStatistics(WbsDbContext db) : IReportKindStatistics
{
    public async Task<KindYear> YearAsync(IReadOnlyList<DateTime> monthStartsUtc, CancellationToken ct)
    {
        var rows = await MonthBuckets.QueryAsync(db, "Reports", nameof(Complaint.ViolationTypeId), monthStartsUtc, ct);
        var types = await db.ViolationTypes.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name)
            .Select(v => new { v.Id, v.Name, v.IsActive }).ToListAsync(ct);
        var names = types.ToDictionary(v => v.Id, v => v.Name);

        var (start, end) = (monthStartsUtc[0], monthStartsUtc[^1]);
        var channels = await db.Complaints.AsNoTracking().Where(r => r.SubmittedAt >= start && r.SubmittedAt < end)
            .GroupBy(r => r.Channel).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);

        return new KindYear(
            rows.Select(r => new BucketRow(
                r.Month,
                r.CategoryId is { } id && names.TryGetValue(id, out var name) ? name : "Lainnya",
                StatusName(r.Status),
                r.Count,
                r.ResolvedCount,
                r.ResolvedSeconds)).ToList(),
            // Retired types still show when they were reported that year (they arrive through the rows).
            types.Where(v => v.IsActive).Select(v => v.Name).ToList(),
            Enum.GetValues<ComplaintStatus>().Select(s => s.Display()).ToList())
        {
            ByChannel = channels.Select(c => new NamedCount(c.Key.Display(), c.Count)).ToList(),
        };
    }

    public Task<KindTotals> TotalsAsync(CancellationToken ct) => YearTotals.QueryAsync(db.Complaints, ct);

    private static string StatusName(string stored) =>
        Enum.TryParse<ComplaintStatus>(stored, out var status) ? status.Display() : stored;
}
