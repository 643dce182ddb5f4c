using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// A counter that moves whenever a report is submitted or changes status. Every app node compares it with the
/// value its cached figures were computed at, so a change made on one node refreshes the figures on all of them.
/// </summary>
public class StatisticsStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// Call in the same transaction as the change (before commit), or right after SaveChanges when there is none:
    /// a submission, a status change, a deletion. The row lock orders concurrent writers, so no change is missed.
    /// </summary>
    public static async Task BumpAsync(WbsDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "StatisticsStamps" ("Id", "Version") VALUES ({SingletonId}, 1) ON CONFLICT ("Id") DO UPDATE SET "Version" = "StatisticsStamps"."Version" + 1""",
            ct);

    /// <summary>The current value; a primary-key read, cheap enough for every request.</summary>
    public static async Task<long> ReadAsync(WbsDbContext db, CancellationToken ct) =>
        await db.Set<StatisticsStamp>().AsNoTracking().Where(s => s.Id == SingletonId)
            .Select(s => (long?)s.Version).FirstOrDefaultAsync(ct) ?? 0;
}
