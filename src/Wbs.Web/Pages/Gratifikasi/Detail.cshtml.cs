using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Gratifikasi;

namespace Wbs.Web.Pages.Gratifikasi;

public class DetailModel(ReporterGratifications gratifications, EvidenceIntake evidence) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada UPG.",
        ["lengkap"] = "Terima kasih. Kelengkapan Anda tersimpan dan laporan kembali diverifikasi UPG.",
    };

    public GratificationDetail Report { get; private set; } = null!;

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

    /// <summary>The public note with which the UPG asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == GratificationStatus.PerluDilengkapi)?.Note;

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : Done.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct, markRead: true);
    }

    /// <summary>The reporter's own documents, always as a download and never rendered inline.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await gratifications.DownloadAsync(ReporterId, nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct)
    {
        var errors = await gratifications.SendMessageAsync(ReporterId, nomor, Pesan, ct);
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

    /// <summary>What the UPG asked for while the report is Perlu Dilengkapi; it then returns to Diajukan.</summary>
    public async Task<IActionResult> OnPostLengkapiAsync(string nomor, CancellationToken ct)
    {
        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var errors = await gratifications.CompleteAsync(ReporterId, nomor, Informasi, files, ct);
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
        var found = await gratifications.FindAsync(ReporterId, nomor, ct, markRead);
        if (found is null)
        {
            return NotFound();
        }

        Report = found;
        return Page();
    }
}
