using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Reports;

namespace Wbs.Web.Pages.Pengaduan;

public class DetailModel(ReporterReports reports, ReporterActions actions, EvidenceIntake evidence) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    public ReportDetail Report { get; private set; } = null!;

    public EvidenceIntake Evidence => evidence;

    public string? Notice { get; private set; }

    public List<string> FileErrors { get; private set; } = [];

    [BindProperty]
    public string? Pesan { get; set; }

    [BindProperty]
    public string? Informasi { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    private string ReporterId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>The public note with which staff asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == ReportStatus.PerluDilengkapi)?.Note;

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : Done.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct, markRead: true);
    }

    /// <summary>The reporter's own evidence, always as a download and never rendered inline.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await reports.DownloadAsync(ReporterId, nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct)
    {
        var errors = await actions.SendMessageAsync(ReporterId, nomor, Pesan, ct);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = "pesan" });
        }

        ModelState.AddModelError(nameof(Pesan), errors.Values.First());
        return await ShowAsync(nomor, ct);
    }

    /// <summary>The information and files staff asked for; the report then returns to Verifikasi.</summary>
    public async Task<IActionResult> OnPostLengkapiAsync(string nomor, CancellationToken ct)
    {
        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var errors = await actions.CompleteAsync(ReporterId, nomor, Informasi, files, ct);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = "lengkap" });
        }

        foreach (var (key, message) in errors)
        {
            if (key == "files")
            {
                FileErrors.Add(message);
            }
            else
            {
                ModelState.AddModelError(key == "information" ? nameof(Informasi) : string.Empty, message);
            }
        }

        return await ShowAsync(nomor, ct);
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<IActionResult> ShowAsync(string nomor, CancellationToken ct, bool markRead = false)
    {
        var found = await reports.FindAsync(ReporterId, nomor, ct, markRead);
        if (found is null)
        {
            return NotFound();
        }

        Report = found;
        return Page();
    }
}
