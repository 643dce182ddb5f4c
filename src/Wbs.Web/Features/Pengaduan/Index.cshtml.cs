using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Pengaduan;

public class IndexModel(ReporterComplaints reports) : PageModel
{
    public List<ComplaintListItem> Reports { get; private set; } = [];

    /// <summary>The number just submitted, shown only when it is one of this reporter's own.</summary>
    public string? NewNumber { get; private set; }

    public async Task OnGetAsync(string? baru, CancellationToken ct)
    {
        Reports = await reports.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        NewNumber = Reports.FirstOrDefault(r => r.RegistrationNumber == baru)?.RegistrationNumber;
    }
}
