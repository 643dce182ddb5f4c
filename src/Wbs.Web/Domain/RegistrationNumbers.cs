using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Domain;

/// <summary>
/// Hands out ADU-YYYY-NNNNN / GRT-YYYY-NNNNN numbers. The counter row is incremented inside the caller's
/// transaction, so a rolled-back submission gives its number back (no gaps) and the row lock (PostgreSQL) or the
/// write lock (SQLite) makes concurrent submissions, from any number of nodes, take turns (no duplicates).
/// </summary>
public static class RegistrationNumbers
{
    public const string ComplaintPrefix = "ADU";
    public const string GratificationPrefix = "GRT";

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

    public static string Format(string prefix, int year, int sequence) => $"{prefix}-{year:D4}-{sequence:D5}";

    /// <summary>Normalises what a person typed ("adu-2026-7", spaces) to the stored form, or null when it is not a number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var parts = input.Trim().ToUpperInvariant().Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0] is not (ComplaintPrefix or GratificationPrefix)
            || !int.TryParse(parts[1], out var year) || year is < 2000 or > 9999
            || !int.TryParse(parts[2], out var seq) || seq is < 1 or > 99999)
        {
            return null;
        }

        return Format(parts[0], year, seq);
    }
}
