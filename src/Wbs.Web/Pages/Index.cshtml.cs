using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Pages;

public class IndexModel(WbsDbContext db) : PageModel
{
    public int TotalReports { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => TotalReports = await db.Reports.CountAsync(ct);
}
