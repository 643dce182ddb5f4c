using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Staf.Admin.Petugas;

public class IndexModel(StaffAccounts accounts, WbsDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var users = await accounts.ListAsync(ct);
        var roles = await StaffRolesOf(db, users.Select(u => u.Id), ct);
        var now = time.GetUtcNow().UtcDateTime;
        Staff = users.Select(u => new StaffRow(
            u.Id, u.UserName ?? "", roles.GetValueOrDefault(u.Id) ?? [], u.TwoFactorEnabled, u.IsDisabled,
            u.TotpLockedUntil is { } end && end > now, u.CreatedAt)).ToList();
    }

    /// <summary>Each staff member's roles in the order of <see cref="Domain.StaffRoles.All"/>.</summary>
    internal static async Task<Dictionary<string, List<string>>> StaffRolesOf(WbsDbContext db, IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.ToList();
        var pairs = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(
            g => g.Key,
            g => Domain.StaffRoles.All.Where(role => g.Any(p => p.Name == role)).ToList());
    }
}
