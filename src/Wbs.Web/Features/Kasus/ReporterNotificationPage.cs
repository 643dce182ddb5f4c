using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// A reporter's optional notification address, for an account (Akun), an anonymous report's Lacak session or one
/// gratification report: the
/// mail only says "Ada pembaruan pada laporan Anda", with the number only if they tick it; deleting it takes the
/// address out of the database. The address is shown back only to the reporter themselves.
/// </summary>
public abstract class ReporterNotificationPage(NotificationContacts contacts, WbsDbContext db) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool IncludeNumber { get; set; }

    public bool HasAddress { get; private set; }

    /// <summary>The one sentence the mail says, as the page promises it.</summary>
    public virtual string UpdateSentence => "Ada pembaruan pada laporan Anda — buka dengan nomor dan kode Anda";

    /// <summary>What the address is for, shown under the heading (the report's number on a gratification page).</summary>
    public virtual string? Subject => null;
    public string? Saved { get; private set; }

    /// <summary>Whose address this is; null when nobody is signed in (or the Lacak session ended).</summary>
    protected abstract Task<string?> OwnerAsync();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OwnerAsync() is not { } owner)
        {
            return NotFound();
        }

        var contact = await contacts.GetAsync(owner, ct);
        (HasAddress, Email, IncludeNumber) = (contact is not null, contact?.Address, contact?.Row.IncludeNumber ?? false);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await OwnerAsync() is not { } owner)
        {
            return NotFound();
        }

        if (!NotificationContacts.IsAddress(Email))
        {
            ModelState.AddModelError(nameof(Email), "Tuliskan alamat email yang sah, misalnya nama@contoh.id.");
            return Page();
        }

        await contacts.SetAsync(owner, Email!, NotificationPreferences.ReportUpdates, IncludeNumber, ct);
        await db.SaveChangesAsync(ct);
        HasAddress = true;
        Saved = "Alamat email disimpan. Anda akan diberi tahu bila ada pembaruan.";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await OwnerAsync() is not { } owner)
        {
            return NotFound();
        }

        await contacts.DeleteAsync(owner, ct);
        (Email, HasAddress, IncludeNumber) = (null, false, false);
        Saved = "Alamat email dihapus.";
        return Page();
    }
}
