using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

public sealed record AuditProblem(long Sequence, string Reason);

/// <summary>
/// Appends to and verifies the hash-chained audit log. Appending locks the chain's head row inside the caller's
/// transaction (or its own), so entries from several nodes form one chain.
/// </summary>
public sealed class AuditLog(WbsDbContext db, TimeProvider time)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Records an action; joins the current transaction when there is one so the entry commits with the change.</summary>
    public async Task AppendAsync(string actor, string action, string subject, string? detail, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AuditHeads" ("Id", "LastSequence", "LastHash") VALUES (1, 0, {Genesis}) ON CONFLICT ("Id") DO NOTHING""", ct);
            var head = (await db.Database.SqlQuery<HeadRow>(
                $"""UPDATE "AuditHeads" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = 1 RETURNING "LastSequence", "LastHash" """)
                .ToListAsync(ct)).Single();

            var entry = new AuditEntry
            {
                Sequence = head.LastSequence,
                At = TruncateToMicroseconds(time.GetUtcNow().UtcDateTime),
                Actor = actor,
                Action = action,
                Subject = subject,
                Detail = detail,
                PreviousHash = head.LastHash,
                Hash = "",
            };
            entry.Hash = HashOf(entry);
            db.Set<AuditEntry>().Add(entry);
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AuditHeads" SET "LastHash" = {entry.Hash} WHERE "Id" = 1""", ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Walks the chain from the start; returns the first entry that was changed, removed or reordered.</summary>
    public async Task<(long Checked, AuditProblem? Problem)> VerifyAsync(CancellationToken ct)
    {
        var previous = Genesis;
        long expected = 1;
        long count = 0;
        await foreach (var entry in db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            count++;
            if (entry.Sequence != expected)
            {
                return (count, new AuditProblem(expected, $"entry {expected} is missing (next present entry is {entry.Sequence})"));
            }

            if (entry.PreviousHash != previous)
            {
                return (count, new AuditProblem(entry.Sequence, "does not follow the entry before it (removed or reordered entries)"));
            }

            if (HashOf(entry) != entry.Hash)
            {
                return (count, new AuditProblem(entry.Sequence, "its content was changed after it was written"));
            }

            previous = entry.Hash;
            expected++;
        }

        var head = await db.Set<AuditHead>().AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is not null && (head.LastSequence != expected - 1 || head.LastHash != previous))
        {
            return (count, new AuditProblem(expected, $"the chain ends early: the head says entry {head.LastSequence} was written last"));
        }

        return (count, null);
    }

    public static string HashOf(AuditEntry e)
    {
        var text = string.Join('\n',
            e.PreviousHash,
            e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.Subject, e.Detail ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // Both databases keep microseconds; hashing what is stored keeps verification exact.
    private static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private sealed record HeadRow(long LastSequence, string LastHash);
}
