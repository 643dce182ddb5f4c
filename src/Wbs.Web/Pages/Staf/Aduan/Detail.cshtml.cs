using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Staff;

namespace Wbs.Web.Pages.Staf.Aduan;

/// <summary>
/// A complaint as staff work on it: its content, evidence, checklist, the conversation, notes, history and the
/// actions of the workflow. Every form posts here; what goes wrong is shown on this page with what was typed kept.
/// </summary>
[Authorize(Policy = StaffAuth.ComplaintPolicy)]
public class DetailModel(StaffReports reports, Deadlines deadlines, AgencyClock clock) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["status"] = "Status pengaduan diubah.",
        ["disposisi"] = "Disposisi tersimpan.",
        ["periksa"] = "Daftar periksa 5W+1H tersimpan.",
        ["pesan"] = "Pesan terkirim kepada pelapor.",
        ["catatan"] = "Catatan internal tersimpan.",
    };

    public StaffReportDetail Report { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public DeadlineLabel Deadline { get; private set; } = DeadlineLabel.None;
    public List<(string Id, string Name)> Verifikators { get; private set; } = [];

    /// <summary>The reporter's contact, shown on this one answer after a reveal and never again without another.</summary>
    public ContactDetails? RevealedContact { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The attachment whose "open the original" form has an error, so it is shown open.</summary>
    public Guid? OriginalFormWithError { get; private set; }

    [BindProperty]
    public StatusInput Ubah { get; set; } = new();

    [BindProperty]
    public string? Pesan { get; set; }

    [BindProperty]
    public string? Catatan { get; set; }

    [BindProperty]
    public List<Checklist> Periksa { get; set; } = [];

    [BindProperty]
    public string? AlasanKontak { get; set; }

    [BindProperty]
    public string? AlasanAsli { get; set; }

    [BindProperty]
    public string? Petugas { get; set; }

    public sealed class StatusInput
    {
        public string? To { get; set; }
        public string? PublicNote { get; set; }
        public string? InternalNote { get; set; }
        public string? Outcome { get; set; }
        public string? ForwardTarget { get; set; }
        public string? ForwardDetail { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : Done.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct);
    }

    /// <summary>The cleaned copy of an evidence file, always as a download.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await reports.DownloadAsync(StaffAuth.Actor(User), nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The original upload (with its metadata), for a stated reason that the audit log keeps.</summary>
    public async Task<IActionResult> OnPostAsliAsync(string nomor, Guid id, CancellationToken ct)
    {
        var (outcome, file) = await reports.RevealOriginalAsync(StaffAuth.Actor(User), nomor, id, AlasanAsli, ct);
        if (outcome.Result == StaffResult.Ok)
        {
            return File(file!.Content, file.ContentType, file.FileName);
        }

        OriginalFormWithError = id;
        return await AfterAsync(nomor, outcome, "AlasanAsli", null, ct);
    }

    public async Task<IActionResult> OnPostPeriksaAsync(string nomor, CancellationToken ct)
    {
        var checklist = Periksa.Where(c => Enum.IsDefined(c)).Aggregate(Checklist.None, (all, c) => all | c);
        return await AfterAsync(nomor, await reports.SetChecklistAsync(StaffAuth.Actor(User), nomor, checklist, ct), "Periksa", "periksa", ct);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await reports.SendMessageAsync(StaffAuth.Actor(User), nomor, Pesan, ct), "Pesan", "pesan", ct);

    public async Task<IActionResult> OnPostCatatanAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await reports.AddInternalNoteAsync(StaffAuth.Actor(User), nomor, Catatan, ct), "Catatan", "catatan", ct);

    public async Task<IActionResult> OnPostDisposisiAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await reports.AssignAsync(StaffAuth.Actor(User), nomor, Petugas ?? "", ct), "Petugas", "disposisi", ct);

    public async Task<IActionResult> OnPostKontakAsync(string nomor, CancellationToken ct)
    {
        var (outcome, contact) = await reports.RevealContactAsync(StaffAuth.Actor(User), nomor, AlasanKontak, ct);
        if (outcome.Result != StaffResult.Ok)
        {
            return await AfterAsync(nomor, outcome, "AlasanKontak", null, ct);
        }

        // Shown on this answer only: the number never travels in an address or a redirect.
        ModelState.Remove(nameof(AlasanKontak));
        AlasanKontak = null;
        var page = await ShowAsync(nomor, ct);
        RevealedContact = contact;
        return page;
    }

    public async Task<IActionResult> OnPostStatusAsync(string nomor, CancellationToken ct)
    {
        var to = Enum.GetValues<ReportStatus>().Select(s => (ReportStatus?)s).FirstOrDefault(s => s.ToString() == Ubah.To);
        if (to is null)
        {
            ModelState.AddModelError("Ubah.To", "Pilih status baru.");
            return await ShowAsync(nomor, ct);
        }

        var outcome = Ubah.Outcome switch
        {
            nameof(ReportOutcome.Terbukti) => ReportOutcome.Terbukti,
            nameof(ReportOutcome.TidakTerbukti) => ReportOutcome.TidakTerbukti,
            _ => (ReportOutcome?)null,
        };
        var target = ReportWorkflow.ForwardTargets.FirstOrDefault(t => t == Ubah.ForwardTarget);
        var detail = Ubah.ForwardDetail?.Trim();
        if (to == ReportStatus.Diteruskan && target == ReportWorkflow.ForwardTargets[^1] && string.IsNullOrEmpty(detail))
        {
            ModelState.AddModelError("Ubah.ForwardDetail", "Sebutkan nama instansi tujuan.");
            return await ShowAsync(nomor, ct);
        }

        var forwardedTo = target is null ? null : string.IsNullOrEmpty(detail) ? target : $"{target}: {detail}";
        var change = new StatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote,
            to == ReportStatus.Selesai ? outcome : null, to == ReportStatus.Diteruskan ? forwardedTo : null);
        return await AfterAsync(nomor, await reports.ChangeStatusAsync(StaffAuth.Actor(User), nomor, change, ct), "Ubah", "status", ct);
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public bool HasErrorsIn(string prefix) =>
        ModelState.Any(e => e.Value!.Errors.Count > 0 && (e.Key == prefix || e.Key.StartsWith(prefix + ".", StringComparison.Ordinal)));

    /// <summary>After an action: success goes back to the page (so a reload does not repeat it); failure shows why.</summary>
    private async Task<IActionResult> AfterAsync(string nomor, StaffOutcome outcome, string form, string? done, CancellationToken ct)
    {
        switch (outcome.Result)
        {
            case StaffResult.Ok:
                return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = done });
            case StaffResult.NotFound:
                return NotFound();
            case StaffResult.Forbidden:
                return Forbid(StaffAuth.Scheme);
        }

        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(FieldOf(form, key), message);
        }

        if (outcome.Result == StaffResult.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await ShowAsync(nomor, ct);
    }

    private static string FieldOf(string form, string key) => (form, key) switch
    {
        ("Ubah", "status") => "Ubah.To",
        ("Ubah", "publicNote") => "Ubah.PublicNote",
        ("Ubah", "outcome") => "Ubah.Outcome",
        ("Ubah", "forwardedTo") => "Ubah.ForwardTarget",
        ("Ubah", _) => "Ubah",
        _ => form,
    };

    private async Task<IActionResult> ShowAsync(string nomor, CancellationToken ct)
    {
        Actor = StaffAuth.Actor(User);
        var report = await reports.DetailAsync(Actor, nomor, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        Deadline = DeadlineLabel.Of(report.DueOn, clock.Today, await deadlines.HolidaysAsync(ct));
        if (Actor.IsInspektur)
        {
            Verifikators = await reports.VerifikatorsAsync(ct);
        }

        if (!HasErrorsIn("Periksa"))
        {
            Periksa = Enum.GetValues<Checklist>().Where(c => c != Checklist.None && report.Checklist.HasFlag(c)).ToList();
        }

        return Page();
    }
}
