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

    /// <summary>
    /// The same for a batch of closed cases without a last day (closed before retention existed): one read of the
    /// settings, their files and their keys for the whole batch.
    /// </summary>
    public async Task FixExpiryManyAsync(IReadOnlyList<ICase> cases, CancellationToken ct)
    {
        var settings = await policy.CurrentAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var files = (await db.Attachments.Where(a => ids.Contains(a.ReportId)).Select(a => new { a.ReportId, a.Id }).ToListAsync(ct))
            .ToLookup(a => a.ReportId, a => a.Id);
        var scopesOf = cases.ToDictionary(c => c.Id, c => (c is GratificationReport g ? [c.Id, g.IdentityScope] : new List<Guid> { c.Id }).Concat(files[c.Id]).ToList());
        var all = scopesOf.Values.SelectMany(v => v).ToList();
        var rows = (await db.DataKeys.Where(k => all.Contains(k.Id)).ToListAsync(ct)).ToDictionary(k => k.Id);
        foreach (var found in cases)
        {
            if (!found.IsFinal || found.RetainUntil is not null || RetentionPolicy.YearsFor(settings, found) is not { } years)
            {
                continue;
            }

            found.RetainUntil = Later(DateOnly.FromDateTime(clock.ToLocal(found.StatusChangedAt)).AddYears(years), ratchet.Day);
            if (found.LegalHoldAt is null)
            {
                Wrap(scopesOf[found.Id].Select(rows.GetValueOrDefault).OfType<DataKey>(), found.RetainUntil);
            }
        }
    }

    /// <summary>Wraps every key of the case under <paramref name="day"/>'s retention key, or the master key alone for null.</summary>
    public async Task<int> WrapAsync(ICase found, DateOnly? day, CancellationToken ct)
    {
        var scopes = await ScopesAsync(db, found, ct);
        return Wrap(await db.DataKeys.Where(k => scopes.Contains(k.Id)).ToListAsync(ct), day);
    }

    private int Wrap(IEnumerable<DataKey> rows, DateOnly? day)
    {
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
