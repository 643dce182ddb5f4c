using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// A reporter's page of one of their own reports (a complaint or a gratification report): the report, its files as
/// downloads, the message thread and the completion form. Each kind says how it finds, lists and changes its reports;
/// every call is scoped to the signed-in reporter, so another reporter's number is not found. The sections all pages
/// share are partials in this folder that see the page as an <see cref="IReporterCaseView"/>; each page keeps only its
/// own content and the order of the sections.
/// </summary>
public abstract class ReporterDetailPage<TItem, TDetail>(IReporterCases<TItem, TDetail> cases, EvidenceIntake evidence) : PageModel, IReporterCaseView
    where TDetail : class
{
    public TDetail Report { get; private set; } = null!;

    /// <summary>What the shared sections show of <see cref="Report"/>.</summary>
    public ReporterCaseFacts Facts { get; private set; } = null!;

    public abstract ReporterCaseLabels Labels { get; }

    public abstract string ReceiptAddress { get; }

    public EvidenceIntake Evidence => evidence;

    public string? Notice { get; private set; }

    public List<string> FileErrors { get; private set; } = [];

    IReadOnlyList<string> IReporterCaseView.FileErrors => FileErrors;

    [BindProperty]
    public string? Pesan { get; set; }

    [BindProperty]
    public string? Informasi { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    protected string ReporterId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>Whose reports this page may reach: the signed-in account's, unless a page without an account says otherwise.</summary>
    protected virtual ReportOwner Owner => ReporterId;

    /// <summary>The notices shown after a message ("pesan") or a completion ("lengkap") was stored.</summary>
    protected abstract IReadOnlyDictionary<string, string> DoneNotices { get; }

    /// <summary>The report in the terms of the shared sections.</summary>
    protected abstract ReporterCaseFacts FactsOf(TDetail report);

    private Task<TDetail?> FindAsync(string nomor, bool markRead, CancellationToken ct) => cases.FindAsync(Owner, nomor, ct, markRead);

    private Task<AttachmentDownload?> DownloadAsync(string nomor, Guid id, CancellationToken ct) => cases.DownloadAsync(Owner, nomor, id, ct);

    private Task<Outcome> SendMessageAsync(string nomor, string? body, CancellationToken ct) => cases.SendMessageAsync(Owner, nomor, body, ct);

    private Task<Outcome> CompleteAsync(string nomor, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct) =>
        cases.CompleteAsync(Owner, nomor, information, files, ct);

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : DoneNotices.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct, markRead: true);
    }

    /// <summary>The reporter's own files, always as a download and never rendered inline.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await DownloadAsync(nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct)
    {
        var outcome = await SendMessageAsync(nomor, Pesan, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.IsOk)
        {
            return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = "pesan" });
        }

        ModelState.AddModelError(nameof(Pesan), outcome.Errors.Values.First());
        return await ShowAsync(nomor, ct);
    }

    /// <summary>The information and files the handler asked for while the report is Perlu Dilengkapi.</summary>
    public async Task<IActionResult> OnPostLengkapiAsync(string nomor, CancellationToken ct)
    {
        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var outcome = await CompleteAsync(nomor, Informasi, files, ct);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.IsOk)
        {
            return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = "lengkap" });
        }

        foreach (var (key, message) in outcome.Errors)
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

    /// <summary>When the retention job erased the content; the page says so instead of showing it.</summary>
    public DateTime? ErasedAt { get; private set; }

    private async Task<IActionResult> ShowAsync(string nomor, CancellationToken ct, bool markRead = false)
    {
        var found = await FindAsync(nomor, markRead, ct);
        if (found is null)
        {
            return NotFound();
        }

        Report = found;
        Facts = FactsOf(found);

        // The case was found within the reporter's reach above; its number alone now tells whether it was erased.
        var db = HttpContext.RequestServices.GetRequiredService<Data.WbsDbContext>();
        var number = Facts.RegistrationNumber;
        ErasedAt = await db.Complaints.Where(r => r.RegistrationNumber == number).Select(r => r.ErasedAt)
            .Concat(db.GratificationReports.Where(r => r.RegistrationNumber == number).Select(r => r.ErasedAt)).FirstOrDefaultAsync(ct);
        return Page();
    }
}
