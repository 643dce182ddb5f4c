using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

public class TambahModel(WbsDbContext db, ComplaintIntake intake, EvidenceIntake evidence, SubmissionKeys keys) : PageModel
{
    /// <summary>Rows for reported persons shown without script; script adds more, up to the validator's limit.</summary>
    public const int FixedPersonRows = 3;

    /// <summary>The form binds the draft the API also fills; its fields are named Input.Title, Input.UnitId …</summary>
    [BindProperty]
    public ComplaintDraft Input { get; set; } = new();

    /// <summary>The reporter's statement of good faith; the complaint is refused without it.</summary>
    [BindProperty(Name = "Input.GoodFaith")]
    public bool GoodFaith { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>The form's idempotency key: sending the same form twice (a double tap, a retry after a lost answer) files one report.</summary>
    [BindProperty]
    public string? SubmissionKey { get; set; }

    protected SubmissionKeys Keys => keys;

    protected WbsDbContext Db => db;

    public List<SelectListItem> ViolationTypes { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public EvidenceIntake Evidence => evidence;

    /// <summary>Errors keyed by the API's field names (title, unit, files …), in Indonesian.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public bool FilesNeedChoosingAgain { get; private set; }

    /// <summary>Whether the form asks the reporter's statement of good faith; staff recording a letter cannot give it for them.</summary>
    public virtual bool AsksGoodFaith => true;

    public string? ErrorOf(string key) => Errors.GetValueOrDefault(key);

    public bool HasError(string key) => Errors.ContainsKey(key);

    public Completeness Answered => Completeness.Of(Input);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding messages are in English and about types; the shared validator says it in Indonesian instead.
        ModelState.Clear();
        var earlier = new Dictionary<string, string>();
        if (AsksGoodFaith && !GoodFaith)
        {
            earlier["goodFaith"] = "Centang pernyataan bahwa pengaduan ini dibuat dengan itikad baik.";
        }

        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var result = await SubmitAsync(Input, files, earlier, ct);
        if (result.Value is { } stored)
        {
            return await StoredAsync(stored);
        }

        Errors = result.Errors;
        FilesNeedChoosingAgain = Files.Any(f => f.Length > 0) && !Errors.ContainsKey("files");
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Stores the draft as the signed-in reporter's; the form without an account (Features/Lacak) stores it without one.</summary>
    protected virtual Task<Outcome<SubmittedComplaint>> SubmitAsync(
        ComplaintDraft draft, IReadOnlyList<IncomingFile> files, Dictionary<string, string> earlier, CancellationToken ct) =>
        intake.SubmitAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, draft, files, ct, earlier,
            submissionKey: keys.Claim(SubmissionKeys.ComplaintScope(User.FindFirstValue(ClaimTypes.NameIdentifier)!), SubmissionKey));

    protected virtual Task<IActionResult> StoredAsync(SubmittedComplaint stored) =>
        Task.FromResult<IActionResult>(Redirect("/Pengaduan?baru=" + Uri.EscapeDataString(stored.RegistrationNumber)));

    private async Task LoadAsync(CancellationToken ct)
    {
        // A form shown again after errors keeps its key: nothing was stored under it yet.
        SubmissionKey = SubmissionKeys.IsValid(SubmissionKey) ? SubmissionKey : SubmissionKeys.NewFormKey();
        var types = await db.ViolationTypes.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder)
            .Select(v => new { v.Id, v.Name }).ToListAsync(ct);
        ViolationTypes = types.Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        Units = units.Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        while (Input.ReportedPersons.Count < FixedPersonRows)
        {
            Input.ReportedPersons.Add(new ReportedPersonDraft());
        }
    }
}
