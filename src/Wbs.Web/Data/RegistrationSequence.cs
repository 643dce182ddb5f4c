using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Data;

/// <summary>
/// Takes the next sequence of a registration number. The counter row is incremented inside the caller's
/// transaction, so a rolled-back submission gives its number back (no gaps) and the row lock (PostgreSQL) or the
/// write lock (SQLite) makes concurrent submissions, from any number of nodes, take turns (no duplicates).
/// </summary>
public static class RegistrationSequence
{
    public static async Task<int> NextAsync(WbsDbContext db, string prefix, int year, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A registration number must be taken inside the submission's transaction.");
        }

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "RegistrationCounters" ("Prefix", "Year", "LastValue") VALUES ({prefix}, {year}, 0) ON CONFLICT ("Prefix", "Year") DO NOTHING""",
            ct);
        var values = await db.Database.SqlQuery<int>(
            $"""UPDATE "RegistrationCounters" SET "LastValue" = "LastValue" + 1 WHERE "Prefix" = {prefix} AND "Year" = {year} RETURNING "LastValue" AS "Value" """)
            .ToListAsync(ct);
        return values.Single();
    }
}
