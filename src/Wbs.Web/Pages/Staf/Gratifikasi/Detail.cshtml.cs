using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;
using Wbs.Web.Gratifikasi;
using Wbs.Web.Infrastructure;
using Wbs.Web.Staff;

namespace Wbs.Web.Pages.Staf.Gratifikasi;

/// <summary>
/// A gratification report as the UPG works on it: the gift, the masked identity (revealed only with a reason), the
/// deadlines, evidence, conversation, notes, history and the workflow towards KPK. Failures stay on this page.
/// </summary>
public class DetailModel(UpgGratifications gratifications, Deadlines deadlines, AgencyClock clock) : PageModel
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["status"] = "Status laporan diubah.",
        ["pesan"] = "Pesan terkirim kepada pelapor.",
        ["catatan"] = "Catatan internal tersimpan.",
    };

    public UpgGratificationDetail Report { get; private set; } = null!;
    public DeadlineLabel Deadline { get; private set; } = DeadlineLabel.None;
    public string? Notice { get; private set; }

    /// <summary>The reporter's full identity, on this one answer after a reveal and never again without another.</summary>
    public GratificationIdentity? RevealedIdentity { get; private set; }

    /// <summary>The attachment whose "open the original" form has an error, so it is shown open.</summary>
    public Guid? OriginalFormWithError { get; private set; }

    [BindProperty]
    public StatusInput Ubah { get; set; } = new();

    [BindProperty]
    public string? Pesan { get; set; }

    [BindProperty]
    public string? Catatan { get; set; }

    [BindProperty]
    public string? AlasanIdentitas { get; set; }

    [BindProperty]
    public string? AlasanAsli { get; set; }

    public sealed class StatusInput
    {
        public string? To { get; set; }
        public string? PublicNote { get; set; }
        public string? InternalNote { get; set; }
        public string? ForwardedOn { get; set; }
        public string? Decision { get; set; }
        public string? DecisionNumber { get; set; }
        public string? DecisionDate { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string nomor, string? selesai, CancellationToken ct)
    {
        Notice = selesai is null ? null : Done.GetValueOrDefault(selesai);
        return await ShowAsync(nomor, ct);
    }

    /// <summary>The cleaned copy of an evidence file, always as a download.</summary>
    public async Task<IActionResult> OnGetBerkasAsync(string nomor, Guid id, CancellationToken ct)
    {
        var file = await gratifications.DownloadAsync(StaffAuth.Actor(User), nomor, id, ct);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The original upload (with its metadata), for a stated reason that the audit log keeps.</summary>
    public async Task<IActionResult> OnPostAsliAsync(string nomor, Guid id, CancellationToken ct)
    {
        var (outcome, file) = await gratifications.RevealOriginalAsync(StaffAuth.Actor(User), nomor, id, AlasanAsli, ct);
        if (outcome.Result == StaffResult.Ok)
        {
            return File(file!.Content, file.ContentType, file.FileName);
        }

        OriginalFormWithError = id;
        return await AfterAsync(nomor, outcome, "AlasanAsli", null, ct);
    }

    public async Task<IActionResult> OnPostPesanAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await gratifications.SendMessageAsync(StaffAuth.Actor(User), nomor, Pesan, ct), "Pesan", "pesan", ct);

    public async Task<IActionResult> OnPostCatatanAsync(string nomor, CancellationToken ct) =>
        await AfterAsync(nomor, await gratifications.AddInternalNoteAsync(StaffAuth.Actor(User), nomor, Catatan, ct), "Catatan", "catatan", ct);

    public async Task<IActionResult> OnPostIdentitasAsync(string nomor, CancellationToken ct)
    {
        var (outcome, identity) = await gratifications.RevealIdentityAsync(StaffAuth.Actor(User), nomor, AlasanIdentitas, ct);
        if (outcome.Result != StaffResult.Ok)
        {
            return await AfterAsync(nomor, outcome, "AlasanIdentitas", null, ct);
        }

        // Shown on this answer only: the identity never travels in an address or a redirect.
        ModelState.Remove(nameof(AlasanIdentitas));
        AlasanIdentitas = null;
        var page = await ShowAsync(nomor, ct);
        RevealedIdentity = identity;
        return page;
    }

    public async Task<IActionResult> OnPostStatusAsync(string nomor, CancellationToken ct)
    {
        var to = Enum.GetValues<GratificationStatus>().Select(s => (GratificationStatus?)s).FirstOrDefault(s => s.ToString() == Ubah.To);
        if (to is null)
        {
            ModelState.AddModelError("Ubah.To", "Pilih status baru.");
            return await ShowAsync(nomor, ct);
        }

        var forwardedOn = ParseDate(Ubah.ForwardedOn, "Ubah.ForwardedOn");
        var decisionDate = ParseDate(Ubah.DecisionDate, "Ubah.DecisionDate");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(nomor, ct);
        }

        var decision = Enum.GetValues<KpkDecision>().Select(d => (KpkDecision?)d).FirstOrDefault(d => d.ToString() == Ubah.Decision);
        var change = to == GratificationStatus.DiteruskanKeKpk
            ? new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote, ForwardedOn: forwardedOn)
            : to == GratificationStatus.DitetapkanKpk
                ? new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote, Decision: decision, DecisionNumber: Ubah.DecisionNumber, DecisionDate: decisionDate)
                : new GratificationStatusChange(to.Value, Ubah.PublicNote, Ubah.InternalNote);
        return await AfterAsync(nomor, await gratifications.ChangeStatusAsync(StaffAuth.Actor(User), nomor, change, ct), "Ubah", "status", ct);
    }

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public bool HasErrorsIn(string prefix) =>
        ModelState.Any(e => e.Value!.Errors.Count > 0 && (e.Key == prefix || e.Key.StartsWith(prefix + ".", StringComparison.Ordinal)));

    public string FieldClass(string key) => ErrorOf(key) is null ? "field" : "field field-error";

    private DateOnly? ParseDate(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        ModelState.AddModelError(key, "Tanggal tidak dapat dibaca; gunakan format tahun-bulan-tanggal.");
        return null;
    }

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
        ("Ubah", "forwardedOn") => "Ubah.ForwardedOn",
        ("Ubah", "decision") => "Ubah.Decision",
        ("Ubah", "decisionNumber") => "Ubah.DecisionNumber",
        ("Ubah", "decisionDate") => "Ubah.DecisionDate",
        ("Ubah", _) => "Ubah",
        _ => form,
    };

    private async Task<IActionResult> ShowAsync(string nomor, CancellationToken ct)
    {
        var report = await gratifications.DetailAsync(StaffAuth.Actor(User), nomor, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        Deadline = DeadlineLabel.Of(report.DueOn, clock.Today, await deadlines.HolidaysAsync(ct));
        return Page();
    }
}
