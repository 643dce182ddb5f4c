using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.LaporanBerkala.Staf;

/// <summary>
/// The Inspektur's periodic report (Laporan Berkala) for a quarter or a year: figures, charts drawn on the server
/// (readable without script) and the xlsx and PDF downloads, each audited.
/// </summary>
[Authorize(Policy = StaffAuth.InspekturPolicy)]
public class IndexModel(PeriodicReports reports, AgencyClock clock) : PageModel
{
    /// <summary>The year (default: this year).</summary>
    [BindProperty(SupportsGet = true, Name = "tahun")]
    public int? Year { get; set; }

    /// <summary>The quarter 1–4; empty for the whole year.</summary>
    [BindProperty(SupportsGet = true, Name = "triwulan")]
    public int? Quarter { get; set; }

    public PeriodicReport Report { get; private set; } = null!;
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Period() is not { } period)
        {
            return BadRequest();
        }

        Years = await reports.YearsAsync(ct);
        Report = await reports.BuildAsync(period, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        Period() is { } period ? Download(await reports.XlsxAsync(StaffAuth.Actor(User), period, ct)) : BadRequest();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        Period() is { } period ? Download(await reports.PdfAsync(StaffAuth.Actor(User), period, ct)) : BadRequest();

    /// <summary>This page's address for a download, the period kept.</summary>
    public string DownloadUrl(string handler) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Staf/LaporanBerkala", new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["tahun"] = Report.Period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["triwulan"] = Report.Period.Quarter?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(q => q.Value is not null).ToDictionary());

    private ReportPeriod? Period() => ReportPeriod.Parse(Year ?? clock.Today.Year, Quarter is 0 ? null : Quarter);

    private FileContentResult Download(ExportFile file)
    {
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
