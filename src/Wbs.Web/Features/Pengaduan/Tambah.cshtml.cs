using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Pengaduan;

public class TambahModel(WbsDbContext db, ComplaintIntake intake, EvidenceIntake evidence) : PageModel
{
    /// <summary>Rows for reported persons shown without script; script adds more, up to the validator's limit.</summary>
    public const int FixedPersonRows = 3;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public List<SelectListItem> ViolationTypes { get; private set; } = [];
    public List<SelectListItem> Units { get; private set; } = [];
    public EvidenceIntake Evidence => evidence;
    public List<string> FileErrors { get; private set; } = [];
    public bool FilesNeedChoosingAgain { get; private set; }

    public class InputModel
    {
        public int? ViolationTypeId { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<ReportedPersonDraft> ReportedPersons { get; set; } = [];
        public string? Witnesses { get; set; }
        public int? UnitId { get; set; }
        public string? Location { get; set; }
        public string? IncidentDate { get; set; }
        public string? IncidentDateEnd { get; set; }
        public string? Why { get; set; }
        public string? How { get; set; }
        public string? EstimatedLoss { get; set; }
        public bool GoodFaith { get; set; }
    }

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public Completeness Answered => Completeness.Of(Input);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding messages are in English and about types; the shared validator says it in Indonesian instead.
        ModelState.Clear();
        var draft = new ComplaintDraft
        {
            Title = Input.Title,
            Description = Input.Description,
            ViolationTypeId = Input.ViolationTypeId,
            ReportedPersons = Input.ReportedPersons,
            Witnesses = Input.Witnesses,
            UnitId = Input.UnitId,
            Location = Input.Location,
            IncidentDate = Input.IncidentDate,
            IncidentDateEnd = Input.IncidentDateEnd,
            Why = Input.Why,
            How = Input.How,
            EstimatedLoss = Input.EstimatedLoss,
        };
        var earlier = new Dictionary<string, string>();
        if (!Input.GoodFaith)
        {
            earlier["goodFaith"] = "Centang pernyataan bahwa pengaduan ini dibuat dengan itikad baik.";
        }

        var files = Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var result = await SubmitAsync(draft, files, earlier, ct);
        if (result.Submitted is { } stored)
        {
            return await StoredAsync(stored);
        }

        foreach (var (key, message) in result.Errors.Where(e => e.Key != "files"))
        {
            ModelState.AddModelError(FieldOf(key), message);
        }

        FileErrors = result.FileErrors;
        FilesNeedChoosingAgain = Files.Any(f => f.Length > 0) && FileErrors.Count == 0;
        ModelState.AddModelError(string.Empty, "Pengaduan belum terkirim. Perbaiki isian yang ditandai; isian Anda yang lain tetap tersimpan di formulir ini.");
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Stores the draft as the signed-in reporter's; the form without an account (Features/Lacak) stores it without one.</summary>
    protected virtual Task<ComplaintIntakeResult> SubmitAsync(
        ComplaintDraft draft, IReadOnlyList<IncomingFile> files, Dictionary<string, string> earlier, CancellationToken ct) =>
        intake.SubmitAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, draft, files, ct, earlier);

    protected virtual Task<IActionResult> StoredAsync(SubmittedComplaint stored) =>
        Task.FromResult<IActionResult>(Redirect("/Pengaduan?baru=" + Uri.EscapeDataString(stored.RegistrationNumber)));

    /// <summary>The form field an intake error belongs to.</summary>
    protected virtual string FieldOf(string key) =>
        // The API calls the unit "unit"; on this form the field is the UnitId select.
        "Input." + (key == "unit" ? "UnitId" : char.ToUpperInvariant(key[0]) + key[1..]);

    private async Task LoadAsync(CancellationToken ct)
    {
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

/// <summary>Which of the six 5W+1H questions a draft answers; the server's view, which script only previews.</summary>
public sealed record Completeness(bool What, bool Who, bool Where, bool When, bool Why, bool How)
{
    public static Completeness Of(TambahModel.InputModel input) => new(
        What: input.ViolationTypeId is not null && !string.IsNullOrWhiteSpace(input.Title) && !string.IsNullOrWhiteSpace(input.Description),
        Who: input.ReportedPersons.Any(p => !string.IsNullOrWhiteSpace(p.Name)),
        Where: !string.IsNullOrWhiteSpace(input.Location),
        When: !string.IsNullOrWhiteSpace(input.IncidentDate),
        Why: !string.IsNullOrWhiteSpace(input.Why),
        How: !string.IsNullOrWhiteSpace(input.How));

    public int Count => new[] { What, Who, Where, When, Why, How }.Count(x => x);
}
