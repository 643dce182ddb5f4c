using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// A staff member's own notification settings: the address (sealed under their key) and which events they get.
/// Security events (a new sign-in, an authenticator reset) are always sent while an address is set.
/// </summary>
public class PemberitahuanModel(NotificationContacts contacts, WbsDbContext db) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<NotificationPreferences> Chosen { get; set; } = [];

    public bool HasAddress { get; private set; }
    public string? Saved { get; private set; }

    public static readonly (NotificationPreferences Kind, string Label)[] Choices =
    [
        (NotificationPreferences.NewReports, "Laporan baru dalam lingkup tugas saya"),
        (NotificationPreferences.Assignments, "Disposisi kepada saya"),
        (NotificationPreferences.ReporterReplies, "Balasan dan kelengkapan dari pelapor pada laporan yang saya tangani"),
        (NotificationPreferences.DeadlineDigest, "Ringkasan harian tenggat yang dekat atau lewat"),
    ];

    private string Owner => RecipientRefs.User(StaffAuth.Actor(User).Id);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var contact = await contacts.GetAsync(Owner, ct);
        HasAddress = contact is not null;
        Email = contact?.Address;
        Chosen = contact is null
            ? Choices.Select(c => c.Kind).Where(k => NotificationContacts.StaffDefaults(StaffAuth.Actor(User).Roles).HasFlag(k)).ToList()
            : Choices.Select(c => c.Kind).Where(k => contact.Value.Row.Preferences.HasFlag(k)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!NotificationContacts.IsAddress(Email))
        {
            ModelState.AddModelError(nameof(Email), "Tuliskan alamat email yang sah, misalnya nama@instansi.go.id.");
            return Page();
        }

        var preferences = Chosen.Aggregate(NotificationPreferences.None, (all, one) => all | (one & (NotificationPreferences)0x0F));
        await contacts.SetAsync(Owner, Email!, preferences, includeNumber: true, ct);
        await db.SaveChangesAsync(ct);
        HasAddress = true;
        Saved = "Pengaturan pemberitahuan disimpan.";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await contacts.DeleteAsync(Owner, ct);
        (Email, HasAddress, Chosen) = (null, false, []);
        Saved = "Alamat email dihapus. Anda tidak lagi menerima pemberitahuan.";
        return Page();
    }
}
