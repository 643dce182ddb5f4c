using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// Appends to and verifies the audit chain, keyed with HMAC-SHA256 under a key derived from the audit system key
/// (wrapped by the master key ring, not readable from the database), so a database copy cannot recompute the chain
/// after an edit. Appending locks the chain's head row inside the caller's transaction (or its own), so entries from
/// several nodes form one chain.
/// </summary>
public sealed class AuditLog(WbsDbContext db, SystemKeys keys, TimeProvider time)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    public const int PlainVersion = 1;
    public const int KeyedVersion = 2;
    public const string KeyedAction = "rantai-audit-berkunci";
    private const string ChainPurpose = "wbs audit chain hmac v2";
    private const string CheckpointPurpose = "wbs audit checkpoint v1";

    /// <summary>Records an action; <paramref name="typedNote"/> (what staff typed, e.g. a reason) is stored sealed.</summary>
    public async Task AppendAsync(string actor, string action, string subject, string? detail, CancellationToken ct, string? typedNote = null)
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
                Version = KeyedVersion,
                At = TruncateToMicroseconds(time.GetUtcNow().UtcDateTime),
                Actor = actor,
                Action = action,
                Subject = subject,
                Detail = detail,
                SealedNote = typedNote is null ? null : keys.Seal(SystemKeys.Audit, Encoding.UTF8.GetBytes(typedNote)),
                PreviousHash = head.LastHash,
                Hash = "",
            };
            entry.Hash = KeyedHashOf(entry, ChainKey());
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

    /// <summary>Creates the audit key on first start; a chain written before it was keyed gets a keyed entry that pins it.</summary>
    public async Task EnsureKeyedAsync(CancellationToken ct)
    {
        if (await keys.ExistsAsync(SystemKeys.Audit, ct))
        {
            return;
        }

        await keys.EnsureAsync(SystemKeys.Audit, ct);
        var legacy = await db.Set<AuditEntry>().CountAsync(ct);
        if (legacy > 0)
        {
            await AppendAsync("sistem", KeyedAction, "log-audit", $"{legacy} entri lama (SHA-256 tanpa kunci) dikunci oleh entri ini", ct);
        }
    }

    /// <summary>What staff typed into an entry, opened for an authorised audit view; null when nothing was typed.</summary>
    public string? OpenNote(AuditEntry entry) =>
        entry.SealedNote is null ? null : Encoding.UTF8.GetString(keys.Open(SystemKeys.Audit, entry.SealedNote));

    /// <summary>Walks the chain from the start; returns the first entry that was changed, removed or reordered.</summary>
    public async Task<(long Checked, AuditProblem? Problem)> VerifyAsync(CancellationToken ct)
    {
        var key = ChainKey();
        var previous = Genesis;
        long expected = 1;
        long count = 0;
        var keyed = false;
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

            // Plain entries are only the prefix written before the chain was keyed; the first keyed entry pins them.
            var expectedHash = entry.Version switch
            {
                KeyedVersion => KeyedHashOf(entry, key),
                PlainVersion when !keyed => PlainHashOf(entry),
                _ => null,
            };
            if (expectedHash is null)
            {
                return (count, new AuditProblem(entry.Sequence, $"an unkeyed (version {entry.Version}) entry after the chain was keyed: rewritten"));
            }

            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expectedHash), Encoding.ASCII.GetBytes(entry.Hash)))
            {
                return (count, new AuditProblem(entry.Sequence, "its content was changed after it was written"));
            }

            keyed |= entry.Version == KeyedVersion;
            previous = entry.Hash;
            expected++;
        }

        if (count > 0 && !keyed)
        {
            return (count, new AuditProblem(1, "no entry is keyed: the chain was recomputed with plain hashes by someone without the audit key"));
        }

        var head = await db.Set<AuditHead>().AsNoTracking().SingleOrDefaultAsync(ct);
        if (head is not null && (head.LastSequence != expected - 1 || head.LastHash != previous))
        {
            return (count, new AuditProblem(expected, $"the chain ends early: the head says entry {head.LastSequence} was written last"));
        }

        return (count, null);
    }

    /// <summary>The head as an auditor keeps it: sequence, hash, time and an HMAC over them that needs the audit key.</summary>
    public async Task<AuditCheckpoint> CheckpointAsync(CancellationToken ct)
    {
        var head = await db.Set<AuditHead>().AsNoTracking().SingleOrDefaultAsync(ct);
        var at = TruncateToMicroseconds(time.GetUtcNow().UtcDateTime);
        var (sequence, hash) = head is null ? (0L, Genesis) : (head.LastSequence, head.LastHash);
        return new AuditCheckpoint(sequence, hash, at, CheckpointMac(sequence, hash, at));
    }

    /// <summary>Whether a checkpoint was issued by this installation and the chain still holds its entry unchanged.</summary>
    public async Task<string?> CheckAgainstAsync(AuditCheckpoint checkpoint, CancellationToken ct)
    {
        var mac = CheckpointMac(checkpoint.Sequence, checkpoint.Hash, checkpoint.At);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(checkpoint.Mac)))
        {
            return "the checkpoint's signature does not match (not issued by this installation, or altered)";
        }

        if (checkpoint.Sequence == 0)
        {
            return null;
        }

        var stored = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence == checkpoint.Sequence).Select(e => e.Hash).SingleOrDefaultAsync(ct);
        return stored == checkpoint.Hash ? null : $"entry {checkpoint.Sequence} no longer has the hash the checkpoint recorded: rewritten";
    }

    /// <summary>The version 1 hash (plain SHA-256), kept to verify chains written before the chain was keyed.</summary>
    public static string PlainHashOf(AuditEntry e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e, withVersion: false))));

    private static string KeyedHashOf(AuditEntry e, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Canonical(e, withVersion: true))));

    private static string Canonical(AuditEntry e, bool withVersion)
    {
        var fields = new List<string>
        {
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.Actor, e.Action, e.Subject, e.Detail ?? "",
        };
        if (withVersion)
        {
            fields.Insert(0, "v" + e.Version.ToString(CultureInfo.InvariantCulture));
            fields.Add(e.SealedNote is null ? "" : Convert.ToBase64String(e.SealedNote));
        }

        return string.Join('\n', fields);
    }

    private byte[] ChainKey() => keys.Derive(SystemKeys.Audit, ChainPurpose);

    private string CheckpointMac(long sequence, string hash, DateTime at) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.Derive(SystemKeys.Audit, CheckpointPurpose), Encoding.UTF8.GetBytes(
            string.Join('\n', sequence.ToString(CultureInfo.InvariantCulture), hash, at.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)))));

    // Both databases keep microseconds; hashing what is stored keeps verification exact.
    private static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private sealed record HeadRow(long LastSequence, string LastHash);
}
