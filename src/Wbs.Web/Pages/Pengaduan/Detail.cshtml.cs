using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Reports;

namespace Wbs.Web.Pages.Pengaduan;

public class DetailModel(ReporterReports reports) : PageModel
{
    public ReportDetail Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string nomor, CancellationToken ct)
    {
        var found = await reports.FindAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, nomor, ct);
        if (found is null)
        {
            return NotFound();
        }

        Report = found;
        return Page();
    }

    /// <summary>The reporter's own evidence, always as a download and never rendered inline.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await reports.DownloadAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
