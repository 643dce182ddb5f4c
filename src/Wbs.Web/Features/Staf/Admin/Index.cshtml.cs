using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>The admin's overview: counts of what they keep, never anything about reports.</summary>
public class IndexModel(WbsDbContext db, AgencyClock clock) : PageModel
{
    public int ActiveStaff { get; private set; }
    public int DisabledStaff { get; private set; }
    public int NotEnrolled { get; private set; }
    public int ActiveViolationTypes { get; private set; }
    public int ActiveUnits { get; private set; }
    public int HolidaysThisYear { get; private set; }
    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = clock.Today.Year;
        var staff = db.Users.AsNoTracking().Where(u => u.IsStaff);
        ActiveStaff = await staff.CountAsync(u => !u.IsDisabled, ct);
        DisabledStaff = await staff.CountAsync(u => u.IsDisabled, ct);
        NotEnrolled = await staff.CountAsync(u => !u.IsDisabled && !u.TwoFactorEnabled, ct);
        ActiveViolationTypes = await db.ViolationTypes.CountAsync(v => v.IsActive, ct);
        ActiveUnits = await db.Units.CountAsync(u => u.IsActive, ct);
        var first = new DateOnly(Year, 1, 1);
        var last = new DateOnly(Year, 12, 31);
        HolidaysThisYear = await db.Holidays.CountAsync(h => h.Date >= first && h.Date <= last, ct);
    }
}
