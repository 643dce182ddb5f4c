using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Security;

/// <summary>
/// Which master key wraps new data keys, read from the database by every node. A key that merely appears in a node's
/// configuration is only used to unwrap; it becomes active when "keys rotate" records it, after every node knows it.
/// </summary>
public sealed class KeyRingStore(WbsDbContext db, MasterKeyRing ring, TimeProvider time)
{
    /// <summary>The active master key, or a clear refusal when this node was not given it.</summary>
    public MasterKey Active()
    {
        var id = db.KeyRingStates.AsNoTracking().Where(s => s.Id == KeyRingState.SingletonId).Select(s => s.ActiveMasterKeyId).FirstOrDefault();
        if (id is null)
        {
            return ring.Newest;
        }

        return ring.Find(id) ?? throw new MasterKeyUnavailableException(id,
            $"The active master key {id} (recorded by keys rotate) is not in this node's key ring ({ring.Source}).");
    }

    public async Task<string?> ActiveIdAsync(CancellationToken ct) =>
        await db.KeyRingStates.AsNoTracking().Where(s => s.Id == KeyRingState.SingletonId).Select(s => s.ActiveMasterKeyId).FirstOrDefaultAsync(ct);

    /// <summary>Records the active key once: the key most data keys were last wrapped with, else the ring's newest.</summary>
    public async Task EnsureActiveAsync(CancellationToken ct)
    {
        if (await ActiveIdAsync(ct) is not null)
        {
            return;
        }

        var newest = await db.DataKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).Select(k => k.MasterKeyId).FirstOrDefaultAsync(ct);
        var id = newest is not null && ring.Find(newest) is not null ? newest : ring.Newest.Id;
        db.KeyRingStates.Add(new KeyRingState { Id = KeyRingState.SingletonId, ActiveMasterKeyId = id, ChangedAt = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node recorded it first; theirs stands.
            db.ChangeTracker.Clear();
        }
    }

    public async Task SetActiveAsync(string id, CancellationToken ct)
    {
        var row = await db.KeyRingStates.SingleOrDefaultAsync(s => s.Id == KeyRingState.SingletonId, ct);
        if (row is null)
        {
            db.KeyRingStates.Add(new KeyRingState { Id = KeyRingState.SingletonId, ActiveMasterKeyId = id, ChangedAt = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            row.ActiveMasterKeyId = id;
            row.ChangedAt = time.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(ct);
    }
}
