using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// The one aggregate query behind a year's figures, for any report table with SubmittedAt, Status and ResolvedAt.
/// Month boundaries come from .NET's time-zone rules as parameters, so both databases bucket identically (and
/// correctly in zones with daylight saving); the query reads structural columns only and never decrypts.
/// </summary>
public static class MonthBuckets
{
    public sealed record Row(int Month, int? CategoryId, string Status, long Count, long ResolvedCount, double ResolvedSeconds);

    /// <param name="table">A table name from code, never from input.</param>
    /// <param name="categoryColumn">The column grouped as the category (e.g. ViolationTypeId), or null for none.</param>
    public static async Task<IReadOnlyList<Row>> QueryAsync(
        WbsDbContext db, string table, string? categoryColumn, IReadOnlyList<DateTime> monthStartsUtc, CancellationToken ct)
    {
        if (monthStartsUtc.Count != 13)
        {
            throw new ArgumentException("Thirteen month starts are needed.", nameof(monthStartsUtc));
        }

        var sql = new StringBuilder("SELECT CASE");
        for (var month = 1; month < 12; month++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN \"SubmittedAt\" < {{{month}}} THEN {month}");
        }

        // Seconds between submission and first final status; each database spells date arithmetic its own way.
        var seconds = db.Database.IsNpgsql()
            ? "EXTRACT(EPOCH FROM (\"ResolvedAt\" - \"SubmittedAt\"))::double precision"
            : "(julianday(\"ResolvedAt\") - julianday(\"SubmittedAt\")) * 86400.0";
        var category = categoryColumn is null ? "CAST(NULL AS INTEGER)" : $"\"{categoryColumn}\"";
        sql.Append(" ELSE 12 END AS \"Month\", ")
            .Append(category).Append(" AS \"CategoryId\", \"Status\" AS \"Status\", COUNT(*) AS \"Count\", ")
            .Append("COUNT(\"ResolvedAt\") AS \"ResolvedCount\", ")
            .Append("COALESCE(SUM(").Append(seconds).Append("), 0.0) AS \"ResolvedSeconds\" ")
            .Append("FROM \"").Append(table).Append("\" WHERE \"SubmittedAt\" >= {0} AND \"SubmittedAt\" < {12} GROUP BY 1, 2, 3");

        var parameters = monthStartsUtc.Select(d => (object)DateTime.SpecifyKind(d, DateTimeKind.Utc)).ToArray();
        return await db.Database.SqlQueryRaw<Row>(sql.ToString(), parameters).ToListAsync(ct);
    }
}
