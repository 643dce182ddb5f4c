using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// "keys rotate": makes a master key active for every node (a new one in the key file; with keys in configuration,
/// Wbs:Keys:ActiveKeyId or the last entry, which every node must know by then) and re-wraps every data key under it
/// while the app keeps serving (content is never re-encrypted, only the small wrapped keys change). Keys retired by an earlier rotation are removed once no data key
/// needs them; the ones retired now stay until the next rotation, in case a node still wrapped with them a moment ago.
/// </summary>
public sealed class KeyRotation(WbsDbContext db, MasterKeyRing ring, KeyRingStore store, AuditLog audit, Microsoft.Extensions.Options.IOptions<KeyOptions> options, RetentionRatchet ratchet)
{
    private const int BatchSize = 500;

    public async Task<RotationResult> RotateAsync(CancellationToken ct)
    {
        var needed = (await db.DataKeys.Select(k => k.MasterKeyId).Distinct().ToListAsync(ct)).ToHashSet();
        if (await store.ActiveIdAsync(ct) is { } current)
        {
            needed.Add(current);
        }

        var pruned = ring.Prune(needed);
        var active = ring.KeyFilePath is not null ? ring.AddKey()
            : options.Value.ActiveKeyId is { Length: > 0 } chosen
                ? ring.Find(chosen) ?? throw new InvalidOperationException($"Wbs:Keys:ActiveKeyId names {chosen}, which is not in Wbs:Keys:MasterKeys.")
                : ring.Newest;

        // From here every node wraps new data keys under it; the loop below also catches keys wrapped a moment before.
        await store.SetActiveAsync(active.Id, ct);
        var rewrapped = 0;
        while (true)
        {
            var batch = await db.DataKeys.Where(k => k.MasterKeyId != active.Id).OrderBy(k => k.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var key in batch)
            {
                var old = ring.Find(key.MasterKeyId)
                    ?? throw new InvalidOperationException($"Master key {key.MasterKeyId} is missing from the key ring; restore it before rotating.");
                // A closed case's key keeps its retention day: unwrapped from both layers, wrapped again in both.
                var plain = KeyWrap.Unwrap(old, key.Id, key.ErasureDay is { } day ? ratchet.Unwrap(key.Id, day, key.WrappedKey) : key.WrappedKey);
                var wrapped = KeyWrap.Wrap(active, key.Id, plain);
                key.WrappedKey = key.ErasureDay is { } sameDay ? ratchet.Wrap(key.Id, sameDay, wrapped) : wrapped;
                key.MasterKeyId = active.Id;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rewrapped += batch.Count;
        }

        await audit.AppendAsync("sistem", AuditActions.KeyRotation, active.Id,
            $"{rewrapped} kunci data dibungkus ulang; kunci induk dihapus: {(pruned.Count == 0 ? "-" : string.Join(", ", pruned))}", ct);
        return new RotationResult(active.Id, rewrapped, pruned);
    }
}
