using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// A case's retention: the last day fixed when it closes, and its data keys wrapped under that day's retention key (or
/// back to the master key alone while a legal hold stands).
/// </summary>
public sealed class CaseRetention(WbsDbContext db, RetentionRatchet ratchet, RetentionPolicy policy, AgencyClock clock)
{
    /// <summary>Every key scope that belongs to a case: its own, a gratification reporter's identity, each sealed original.</summary>
    public static async Task<List<Guid>> ScopesAsync(WbsDbContext db, ICase found, CancellationToken ct)
    {
        var scopes = new List<Guid> { found.Id };
        if (found is GratificationReport gratification)
        {
            scopes.Add(gratification.IdentityScope);
        }

        scopes.AddRange(await db.Attachments.Where(a => a.ReportId == found.Id).Select(a => a.Id).ToListAsync(ct));
        return scopes;
    }

    /// <summary>Called as a case reaches its final status, in the caller's unit of work: fixes its last day and wraps its keys.</summary>
    public async Task FixExpiryAsync(ICase found, CancellationToken ct)
    {
        if (!found.IsFinal || found.RetainUntil is not null || RetentionPolicy.YearsFor(await policy.CurrentAsync(ct), found) is not { } years)
        {
            return;
        }

        var closed = DateOnly.FromDateTime(clock.ToLocal(found.StatusChangedAt));
        found.RetainUntil = Later(closed.AddYears(years), ratchet.Day);
        if (found.LegalHoldAt is null)
        {
            await WrapAsync(found, found.RetainUntil, ct);
        }
    }

    /// <summary>Wraps every key of the case under <paramref name="day"/>'s retention key, or the master key alone for null.</summary>
    public async Task<int> WrapAsync(ICase found, DateOnly? day, CancellationToken ct)
    {
        var scopes = await ScopesAsync(db, found, ct);
        var rows = await db.DataKeys.Where(k => scopes.Contains(k.Id)).ToListAsync(ct);
        var changed = 0;
        foreach (var row in rows.Where(r => r.ErasureDay != day))
        {
            var masterWrapped = row.ErasureDay is { } old ? ratchet.Unwrap(row.Id, old, row.WrappedKey) : row.WrappedKey;
            row.WrappedKey = day is { } next ? ratchet.Wrap(row.Id, next, masterWrapped) : masterWrapped;
            row.ErasureDay = day;
            changed++;
        }

        return changed;
    }

    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
