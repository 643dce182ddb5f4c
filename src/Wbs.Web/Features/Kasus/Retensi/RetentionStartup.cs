using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// At start: the retention ratchet exists (created only for an installation that has never wrapped a key with it),
/// is the one this database was used with (same fingerprint), and is at least at the day the database has erased to.
/// </summary>
public sealed class RetentionStartup(WbsDbContext db, RetentionRatchet ratchet, AgencyClock clock)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        var state = await db.RetentionStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == RetentionState.SingletonId, ct);
        if (!ratchet.Exists)
        {
            if (state is not null || await db.DataKeys.AnyAsync(k => k.ErasureDay != null, ct))
            {
                throw new InvalidOperationException(
                    $"The retention ratchet file {ratchet.FilePath} is missing, but this database's closed cases need it. Copy the keys folder " +
                    "(master keys and retention ratchet) from another node or from where the operator keeps it. Not starting: a new ratchet would open no closed case.");
            }

            ratchet.Create(clock.Today);
        }

        var fingerprint = ratchet.Fingerprint();
        if (state is null)
        {
            db.RetentionStates.Add(new RetentionState { RatchetDay = ratchet.Day, RatchetFingerprint = fingerprint });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another node recorded its ratchet first; this node must hold the same one.
                db.ChangeTracker.Clear();
                state = await db.RetentionStates.AsNoTracking().SingleAsync(s => s.Id == RetentionState.SingletonId, ct);
            }
        }

        if (state.RatchetFingerprint != fingerprint)
        {
            throw new InvalidOperationException(
                $"The retention ratchet {ratchet.FilePath} is not the one this database was used with. Every node needs a copy of the same keys " +
                "folder; copy it from the node that started first. Not starting.");
        }

        ratchet.AdvanceTo(state.RatchetDay);
    }
}
