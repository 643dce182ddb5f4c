using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Gratifikasi;

public class TambahModel(GratificationSubmission submission, EvidenceIntake evidence, Deadlines deadlines, AgencyClock clock, SubmissionKeys keys, IOptions<GratificationRules> rules) : PageModel
{
    [BindProperty]
    public GratificationDraft Input { get; set; } = new();

    /// <summary>The reporter's statement that the report is true; the report is refused without it.</summary>
    [BindProperty]
    public bool Statement { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The form's idempotency key: sending the same form twice (a double tap, a retry after a lost answer) files one report.</summary>
    [BindProperty]
    public string? SubmissionKey { get; set; }

    public EvidenceIntake Evidence => evidence;

    /// <summary>Errors keyed by the API's field names (reportType, nik, files …), in Indonesian.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool FilesNeedChoosingAgain { get; private set; }

    public DeadlinePreview Deadline { get; private set; } = DeadlinePreview.Empty;

    /// <summary>
    /// What the same giver gave within a year, this gift included (optional, not stored): only the check against the
    /// yearly limit between colleagues reads it.
    /// </summary>
    [BindProperty]
    public string? YearTotal { get; set; }

    /// <summary>Whether what the reporter describes looks exempt from reporting; null until the form is checked.</summary>
    public GiftExemption? Exemption { get; private set; }

    /// <summary>The figures the guidance before the form names.</summary>
    public GratificationRules Rules => rules.Value;

    public DateOnly Today => clock.Today;

    public string? ErrorOf(string key) => Errors.GetValueOrDefault(key);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Deadline = await PreviewAsync(Input.ReceivedDate, ct);
        KeepFormKey();
    }

    /// <summary>The deadline for a typed receipt date, for the form's script; computed here with the agency's holidays.</summary>
    public async Task<IActionResult> OnGetBatasWaktuAsync(string? tanggal, CancellationToken ct) =>
        new JsonResult((await PreviewAsync(tanggal, ct)).ToJson());

    /// <summary>"Hitung batas waktu" without script: the same form again, everything kept, only the deadline added.</summary>
    public async Task<IActionResult> OnPostBatasWaktuAsync(CancellationToken ct)
    {
        ModelState.Clear();
        FilesNeedChoosingAgain = Files.Any(f => f.Length > 0);
        Deadline = await PreviewAsync(Input.ReceivedDate, ct);
        Exemption = AssessExemption();
        KeepFormKey();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding messages are in English and about types; the shared validator says it in Indonesian instead.
        ModelState.Clear();
        var earlier = new Dictionary<string, string>();
        if (!Statement)
        {
            earlier["statement"] = "Centang pernyataan bahwa laporan gratifikasi ini benar dan dibuat dengan sebenar-benarnya.";
        }

        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var reporterId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var result = await submission.SubmitAsync(reporterId, Input, files, ct, earlier, keys.Claim(SubmissionKeys.GratificationScope(reporterId), SubmissionKey));
        if (result.Value is { } stored)
        {
            return Redirect("/Gratifikasi?baru=" + Uri.EscapeDataString(stored.RegistrationNumber));
        }

        Errors = result.Errors;
        FilesNeedChoosingAgain = Files.Any(f => f.Length > 0) && !Errors.ContainsKey("files");

        // The date's problem is already said under the field; the box does not say it a second time.
        Deadline = Errors.ContainsKey("receivedDate") ? DeadlinePreview.AfterDateFixed : await PreviewAsync(Input.ReceivedDate, ct);
        Exemption = AssessExemption();
        KeepFormKey();
        return Page();
    }

    /// <summary>The key the form carries; a form shown again after errors keeps its own, as nothing was stored under it.</summary>
    private void KeepFormKey() => SubmissionKey = SubmissionKeys.IsValid(SubmissionKey) ? SubmissionKey : SubmissionKeys.NewFormKey();

    /// <summary>The exemption check of what is typed so far; an unreadable value or year total counts as not given.</summary>
    private GiftExemption AssessExemption()
    {
        static decimal? Money(string? text) =>
            Pengaduan.ComplaintDraftValidator.Clean(text) is { } t && Pengaduan.ComplaintDraftValidator.TryParseRupiah(t, out var v) && v > 0 ? v : null;

        return GiftExemption.Assess(
            rules.Value, GratificationText.Parse<GratificationReportType>(Input.ReportType), GratificationText.Parse<GiverRelationship>(Input.Relationship),
            GratificationText.Parse<GiftOccasion>(Input.Occasion), GratificationText.Parse<GiftObjectType>(Input.ObjectType),
            Money(Input.EstimatedValue), Money(YearTotal));
    }

    private async Task<DeadlinePreview> PreviewAsync(string? receivedDate, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(receivedDate))
        {
            return DeadlinePreview.Empty;
        }

        if (GratificationDraftValidator.ParseDate(receivedDate) is not { } received)
        {
            return DeadlinePreview.Problem("Tanggal penerimaan tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.");
        }

        var today = clock.Today;
        if (received > today)
        {
            return DeadlinePreview.Problem("Tanggal penerimaan tidak boleh di masa depan.");
        }

        return DeadlinePreview.Of(ReportingDeadline.Compute(received, today, await deadlines.HolidaysAsync(ct)));
    }
}
