using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan.Pelimpahan;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Pengaduan.Staf;

/// <summary>
/// The Inspektur prepares a hand-over package: the body and covering letter, the passages to black out in each text,
/// the cleaned evidence files and messages to include, and whether the identity goes with it (only with a reason).
/// An error keeps every choice and text as typed.
/// </summary>
[Authorize(Policy = StaffAuth.InspekturPolicy)]
public class PelimpahanModel(Handovers handovers, AgencyClock clock) : PageModel
{
    public const string DefaultPublicNote = "Pengaduan Anda telah dilimpahkan kepada instansi yang berwenang menanganinya.";

    public HandoverDraft Draft { get; private set; } = null!;

    [BindProperty]
    public HandoverInput Input { get; set; } = new();

    public sealed class HandoverInput
    {
        public string? Recipient { get; set; }
        public string? OtherRecipient { get; set; }
        public string? LetterNumber { get; set; }
        public string? LetterDate { get; set; }
        public string? PublicNote { get; set; }
        public List<Guid> Files { get; set; } = [];
        public List<long> Messages { get; set; } = [];
        public Dictionary<string, string> Bagian { get; set; } = [];
        public string? Phrases { get; set; }
        public bool IncludeIdentity { get; set; }
        public string? IdentityReason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string nomor, CancellationToken ct)
    {
        if (!await LoadAsync(nomor, ct))
        {
            return NotFound();
        }

        Input.LetterDate = clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Input.PublicNote = DefaultPublicNote;
        Input.Files = Draft.Files.Select(f => f.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string nomor, CancellationToken ct)
    {
        var request = new HandoverRequest(Input.Recipient, Input.OtherRecipient, Input.LetterNumber, Input.LetterDate, Input.PublicNote,
            Input.Files.Distinct().ToList(), Input.Messages.Distinct().ToList(), Input.Bagian, Input.Phrases, Input.IncludeIdentity, Input.IdentityReason);
        var outcome = await handovers.CreateAsync(StaffAuth.Actor(User), nomor, request, ct);
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                return Redirect($"/Staf/Pengaduan/{Uri.EscapeDataString(nomor.Trim().ToUpperInvariant())}?selesai=pelimpahan#pelimpahan");
            case OutcomeKind.NotFound:
                return NotFound();
            case OutcomeKind.Forbidden:
                return Forbid(StaffAuth.Scheme);
        }

        foreach (var (key, message) in outcome.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        if (outcome.Kind == OutcomeKind.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await LoadAsync(nomor, ct) ? Page() : NotFound();
    }

    /// <summary>A package made before, exactly as it was sent; only an Inspektur reaches this page at all.</summary>
    public async Task<IActionResult> OnGetUnduhAsync(string nomor, Guid id, CancellationToken ct)
    {
        var package = await handovers.DownloadAsync(StaffAuth.Actor(User), nomor, id, ct);
        return package is null ? NotFound() : File(package.Content, "application/zip", package.FileName);
    }

    /// <summary>The text a part's box shows: what was typed when the form came back, else the case's own text.</summary>
    public string TextOf(HandoverPart part) => Input.Bagian.TryGetValue(part.Key, out var typed) ? typed : part.Text;

    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(string nomor, CancellationToken ct)
    {
        var draft = await handovers.DraftAsync(StaffAuth.Actor(User), nomor, ct);
        if (draft is null)
        {
            return false;
        }

        Draft = draft;
        return true;
    }
}
