using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Data;

/// <summary>
/// The triggers that keep <see cref="Domain.InboxCount"/> and <see cref="Domain.InboxDeadlineCount"/> right: every
/// insert, delete and change of a report's status, assignee or deadline adjusts them in the same transaction, whoever
/// writes (the app, a command, a retention run, a restore). Created at start-up when missing, together with a recount
/// of the register under a lock, so a database from before them (or one whose migrations were regenerated) is counted
/// once and then kept.
/// </summary>
public static class InboxCounters
{
    public const string Complaint = "Complaint";
    public const string Gratification = "Gratification";

    // Table, kind, and the assignee column (gratification reports have none).
    private static readonly (string Table, string Kind, string? Assignee)[] Tables =
    [
        ("Reports", Complaint, "AssignedToId"),
        ("GratificationReports", Gratification, null),
    ];

    private const string Version = "v1";

    public static async Task EnsureAsync(WbsDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var present = sqlite
            ? await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'InboxCounts_%_{Version}%'").SingleAsync(ct)
            : await db.Database.SqlQueryRaw<int>($"SELECT COUNT(*)::int AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'InboxCounts_%_{Version}'").SingleAsync(ct);
        if (present == (sqlite ? 3 : 1) * Tables.Length)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!sqlite)
        {
            // No report changes between the recount and the triggers taking over.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"Reports\", \"GratificationReports\" IN SHARE ROW EXCLUSIVE MODE", ct);
        }

        foreach (var (table, kind, assignee) in Tables)
        {
            foreach (var statement in sqlite ? SqliteTriggers(table, kind, assignee) : PostgresTriggers(table, kind, assignee))
            {
                await db.Database.ExecuteSqlRawAsync(statement, ct);
            }
        }

        await CountAsync(db, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Counts the register again into the counter tables, inside the caller's transaction: after a restore, whose rows
    /// arrived with their counters and through the triggers both.
    /// </summary>
    public static async Task CountAsync(WbsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"InboxCounts\"", ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"InboxDeadlineCounts\"", ct);
        // The SQL is built from the constants above only.
#pragma warning disable EF1003
        foreach (var (table, kind, assignee) in Tables)
        {
            var who = assignee is null ? "''" : $"COALESCE(\"{assignee}\", '')";
            var by = assignee is null ? "" : $", {who}";
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"InboxCounts\" (\"Kind\", \"Status\", \"AssignedToId\", \"Count\", \"WithDeadline\") " +
                $"SELECT '{kind}', \"Status\", {who}, COUNT(*), COUNT(\"DueOn\") FROM \"{table}\" GROUP BY \"Status\"{by}", ct);
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"InboxDeadlineCounts\" (\"Kind\", \"Status\", \"AssignedToId\", \"DueOn\", \"Count\") " +
                $"SELECT '{kind}', \"Status\", {who}, \"DueOn\", COUNT(*) FROM \"{table}\" WHERE \"DueOn\" IS NOT NULL GROUP BY \"Status\"{by}, \"DueOn\"", ct);
        }

#pragma warning restore EF1003
    }

    private static IEnumerable<string> SqliteTriggers(string table, string kind, string? assignee)
    {
        string Who(string row) => assignee is null ? "''" : $"COALESCE({row}.\"{assignee}\", '')";
        string Add(string row) =>
            $"INSERT INTO \"InboxCounts\" (\"Kind\", \"Status\", \"AssignedToId\", \"Count\", \"WithDeadline\") VALUES ('{kind}', {row}.\"Status\", {Who(row)}, 1, {row}.\"DueOn\" IS NOT NULL) " +
            $"ON CONFLICT (\"Kind\", \"Status\", \"AssignedToId\") DO UPDATE SET \"Count\" = \"Count\" + 1, \"WithDeadline\" = \"WithDeadline\" + excluded.\"WithDeadline\"; " +
            $"INSERT INTO \"InboxDeadlineCounts\" (\"Kind\", \"Status\", \"AssignedToId\", \"DueOn\", \"Count\") SELECT '{kind}', {row}.\"Status\", {Who(row)}, {row}.\"DueOn\", 1 WHERE {row}.\"DueOn\" IS NOT NULL " +
            $"ON CONFLICT (\"Kind\", \"Status\", \"AssignedToId\", \"DueOn\") DO UPDATE SET \"Count\" = \"Count\" + 1;";
        string Remove(string row) =>
            $"UPDATE \"InboxCounts\" SET \"Count\" = \"Count\" - 1, \"WithDeadline\" = \"WithDeadline\" - ({row}.\"DueOn\" IS NOT NULL) " +
            $"WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)}; " +
            $"UPDATE \"InboxDeadlineCounts\" SET \"Count\" = \"Count\" - 1 WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)} AND \"DueOn\" = {row}.\"DueOn\"; " +
            $"DELETE FROM \"InboxDeadlineCounts\" WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)} AND \"DueOn\" = {row}.\"DueOn\" AND \"Count\" = 0;";
        var name = $"InboxCounts_{table}_{Version}";
        var changed = string.Join(" OR ", new[] { "Status", "DueOn", assignee }.OfType<string>().Select(c => $"OLD.\"{c}\" IS NOT NEW.\"{c}\""));
        var columns = string.Join(", ", new[] { "Status", "DueOn", assignee }.OfType<string>().Select(c => $"\"{c}\""));
        yield return $"DROP TRIGGER IF EXISTS \"{name}_insert\"";
        yield return $"DROP TRIGGER IF EXISTS \"{name}_delete\"";
        yield return $"DROP TRIGGER IF EXISTS \"{name}_update\"";
        yield return $"CREATE TRIGGER \"{name}_insert\" AFTER INSERT ON \"{table}\" BEGIN {Add("NEW")} END";
        yield return $"CREATE TRIGGER \"{name}_delete\" AFTER DELETE ON \"{table}\" BEGIN {Remove("OLD")} END";
        yield return $"CREATE TRIGGER \"{name}_update\" AFTER UPDATE OF {columns} ON \"{table}\" WHEN {changed} BEGIN {Remove("OLD")} {Add("NEW")} END";
    }

    private static IEnumerable<string> PostgresTriggers(string table, string kind, string? assignee)
    {
        string Who(string row) => assignee is null ? "''" : $"COALESCE({row}.\"{assignee}\", '')";
        string Add(string row) =>
            $"INSERT INTO \"InboxCounts\" AS c (\"Kind\", \"Status\", \"AssignedToId\", \"Count\", \"WithDeadline\") VALUES ('{kind}', {row}.\"Status\", {Who(row)}, 1, CASE WHEN {row}.\"DueOn\" IS NULL THEN 0 ELSE 1 END) " +
            $"ON CONFLICT (\"Kind\", \"Status\", \"AssignedToId\") DO UPDATE SET \"Count\" = c.\"Count\" + 1, \"WithDeadline\" = c.\"WithDeadline\" + EXCLUDED.\"WithDeadline\"; " +
            $"IF {row}.\"DueOn\" IS NOT NULL THEN INSERT INTO \"InboxDeadlineCounts\" AS d (\"Kind\", \"Status\", \"AssignedToId\", \"DueOn\", \"Count\") VALUES ('{kind}', {row}.\"Status\", {Who(row)}, {row}.\"DueOn\", 1) " +
            $"ON CONFLICT (\"Kind\", \"Status\", \"AssignedToId\", \"DueOn\") DO UPDATE SET \"Count\" = d.\"Count\" + 1; END IF;";
        string Remove(string row) =>
            $"UPDATE \"InboxCounts\" SET \"Count\" = \"Count\" - 1, \"WithDeadline\" = \"WithDeadline\" - CASE WHEN {row}.\"DueOn\" IS NULL THEN 0 ELSE 1 END " +
            $"WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)}; " +
            $"IF {row}.\"DueOn\" IS NOT NULL THEN " +
            $"UPDATE \"InboxDeadlineCounts\" SET \"Count\" = \"Count\" - 1 WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)} AND \"DueOn\" = {row}.\"DueOn\"; " +
            $"DELETE FROM \"InboxDeadlineCounts\" WHERE \"Kind\" = '{kind}' AND \"Status\" = {row}.\"Status\" AND \"AssignedToId\" = {Who(row)} AND \"DueOn\" = {row}.\"DueOn\" AND \"Count\" = 0; END IF;";
        var name = $"InboxCounts_{table}_{Version}";
        var unchanged = string.Join(" AND ", new[] { "Status", "DueOn", assignee }.OfType<string>().Select(c => $"OLD.\"{c}\" IS NOT DISTINCT FROM NEW.\"{c}\""));
        var columns = string.Join(", ", new[] { "Status", "DueOn", assignee }.OfType<string>().Select(c => $"\"{c}\""));
        // Two changes in opposite directions take the two keys' row locks in one order (the smaller key first), so
        // they wait for each other instead of deadlocking.
        var oldFirst = $"ROW(OLD.\"Status\", {Who("OLD")}) <= ROW(NEW.\"Status\", {Who("NEW")})";
        yield return $"""
            CREATE OR REPLACE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN {Add("NEW")}
              ELSIF TG_OP = 'DELETE' THEN {Remove("OLD")}
              ELSIF {unchanged} THEN RETURN NULL;
              ELSIF {oldFirst} THEN {Remove("OLD")} {Add("NEW")}
              ELSE {Add("NEW")} {Remove("OLD")}
              END IF;
              RETURN NULL;
            END $$
            """;
        yield return $"DROP TRIGGER IF EXISTS \"{name}\" ON \"{table}\"";
        yield return $"CREATE TRIGGER \"{name}\" AFTER INSERT OR DELETE OR UPDATE OF {columns} ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION \"{name}\"()";
    }
}
