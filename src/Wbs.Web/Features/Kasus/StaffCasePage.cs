using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// A report's staff page, whatever its kind: loading it for the actor, evidence downloads and the audited reveal of
/// originals, the thread, internal notes, and how an action's outcome is shown (success redirects, so a reload does not
/// repeat it; failure stays on the page with what was typed). Each kind adds its own workflow forms; the sections all
/// kinds share are partials in this folder that see the page as an <see cref="IStaffCaseView"/>.
/// </summary>
public abstract class StaffCasePage<TDetail>(IStaffCaseKind kind, StaffCaseWork work) : PageModel, IStaffCaseView
    where TDetail : class
{
    public TDetail Report { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public string? Notice { get; private set; }

    /// <summary>What the shared sections show of <see cref="Report"/>.</summary>
    public StaffCaseFacts Facts { get; private set; } = null!;

    public abstract StaffCaseLabels Labels { get; }

    public abstract IReadOnlyList<string> StatusErrorKeys { get; }

    /// <summary>The page's own status input, seen through its shared fields.</summary>
    protected abstract StaffStatusInput SharedStatusInput { get; }

    StaffStatusInput IStaffCaseView.Ubah => SharedStatusInput;

    /// <summary>The attachment whose "open the original" form has an error, so it is shown open.</summary>
    public Guid? OriginalFormWithError { get; private set; }

    [BindProperty]
    public string? Pesan { get; set; }

    [BindProperty]
    public string? Catatan { get; set; }

    [BindProperty]
    public string? AlasanAsli { get; set; }

    [BindProperty]
    public string? AlasanTahan { get; set; }

    /// <summary>The case's retention: its last day, erasure and legal hold.</summary>
    public Retensi.CaseRetentionView Retention { get; private set; } = null!;

    /// <summary>The notices shown after an action, by the name in the address ("status", "pesan", …).</summary>
    protected abstract IReadOnlyDictionary<string, string> DoneNotices { get; }

    protected abstract Task<TDetail?> LoadAsync(StaffActor actor, string nomor, CancellationToken ct);

    /// <summary>The report in the terms of the shared sections.</summary>
    protected abstract StaffCaseFacts FactsOf(TDetail report);

    /// <summary>What the page needs beside the report (deadlines, lists for its forms).</summary>
    protected virtual Task PrepareAsync(TDetail report, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The form field an error of a service (keyed by its own field names) belongs to.</summary>
    protected virtual string FieldOf(string form, string key) => form;

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : DoneNotices.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct);
    }

    /// <summary>The cleaned copy of an evidence file, always as a download.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        var file = await work.DownloadAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The original upload (with its metadata), for a stated reason that the audit log keeps.</summary>
    public async Task<IActionResult> OnPostAsliAsync(string nomor, Guid id, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        var outcome = await work.RevealOriginalAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), id, AlasanAsli, ct);
        if (outcome is { IsOk: true, Value: { } file })
        {
            return File(file.Content, file.ContentType, file.FileName);
        }

        OriginalFormWithError = id;
        return await AfterAsync(nomor, outcome, nameof(AlasanAsli), null, ct);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        return await AfterAsync(nomor, await work.SendMessageAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), Pesan, ct), nameof(Pesan), "pesan", ct);
    }

    public async Task<IActionResult> OnPostCatatanAsync(string nomor, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        return await AfterAsync(nomor, await work.AddInternalNoteAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), Catatan, ct), nameof(Catatan), "catatan", ct);
    }

    /// <summary>An Inspektur's legal hold, with its reason; the case is then never erased until the hold is lifted.</summary>
    public async Task<IActionResult> OnPostTahanAsync(string nomor, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        var holds = HttpContext.RequestServices.GetRequiredService<Retensi.LegalHolds>();
        return await AfterAsync(nomor, await holds.HoldAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), AlasanTahan, ct), nameof(AlasanTahan), "tahan", ct);
    }

    public async Task<IActionResult> OnPostLepasTahanAsync(string nomor, CancellationToken ct)
    {
        var actor = StaffAuth.Actor(User);
        var holds = HttpContext.RequestServices.GetRequiredService<Retensi.LegalHolds>();
        return await AfterAsync(nomor, await holds.LiftAsync(actor, await kind.FindCaseAsync(actor, nomor, ct), ct), nameof(AlasanTahan), "lepas-tahan", ct);
    }

    public virtual string EventText(ReportEventKind kind) => kind switch
    {
        ReportEventKind.Submitted => Labels.SubmittedEvent,
        ReportEventKind.StatusChanged => "Status diubah",
        ReportEventKind.Completed => "Dilengkapi pelapor",
        ReportEventKind.InternalNote => "Catatan internal",
        _ => kind.ToString(),
    };

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public bool HasErrorsIn(string prefix) =>
        ModelState.Any(e => e.Value!.Errors.Count > 0 && (e.Key == prefix || e.Key.StartsWith(prefix + ".", StringComparison.Ordinal)));

    protected async Task<IActionResult> AfterAsync(string nomor, Outcome outcome, string form, string? done, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                return RedirectToPage(new { nomor = nomor.Trim().ToUpperInvariant(), selesai = done });
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid(StaffAuth.Scheme);
        }

        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(FieldOf(form, key), message);
        }

        if (outcome.Kind == OutcomeKind.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await ShowAsync(nomor, ct);
    }

    protected async Task<IActionResult> ShowAsync(string nomor, CancellationToken ct)
    {
        Actor = StaffAuth.Actor(User);
        var report = await LoadAsync(Actor, nomor, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        Facts = FactsOf(report);
        var found = (await kind.FindCaseAsync(Actor, nomor, ct))!;
        var services = HttpContext.RequestServices;
        var heldBy = found.LegalHoldById is { } holder ? (await work.StaffNamesAsync([holder], ct)).GetValueOrDefault(holder) : null;
        Retention = Retensi.CaseRetentionView.Of(found, Actor, services.GetRequiredService<Security.RetentionRatchet>(), services.GetRequiredService<Retensi.LegalHolds>(), heldBy);
        await PrepareAsync(report, ct);
        return Page();
    }
}
