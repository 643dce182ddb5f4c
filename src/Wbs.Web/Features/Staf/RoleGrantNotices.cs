using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Staf;

/// <summary>Content roles given in the last 30 days, from the audit log: shown to every Inspektur, so no grant is silent.</summary>
public sealed class RoleGrantNotices(WbsDbContext db, AgencyClock clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<List<RoleGrantNotice>> RecentAsync(CancellationToken ct)
    {
        var since = clock.UtcNow - Window;
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.ContentRoleGrant && e.At >= since)
            .OrderByDescending(e => e.Sequence).Take(20).ToListAsync(ct);
        return entries.Select(e => new RoleGrantNotice(clock.ToLocal(e.At), e.Actor, e.Subject.Replace("petugas:", "", StringComparison.Ordinal), e.Detail ?? "")).ToList();
    }
}
