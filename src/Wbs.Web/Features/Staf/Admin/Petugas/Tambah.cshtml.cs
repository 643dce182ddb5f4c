using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Staf.Admin.Petugas;

/// <summary>
/// Creates a staff account. The admin never sees the authenticator secret: the new member enrols it at the first
/// sign-in, so only they can produce codes.
/// </summary>
public class TambahModel(
    StaffAccounts accounts, WbsDbContext db, AuditLog audit, NotificationContacts contacts,
    Microsoft.Extensions.Options.IOptions<StaffSecurityOptions> security) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set once the account exists: the name and, when the admin left it blank, the generated password.</summary>
    public (string UserName, string? GeneratedPassword)? Created { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [StringLength(64, MinimumLength = 3, ErrorMessage = "Nama pengguna 3 sampai 64 karakter.")]
        [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Nama pengguna hanya boleh huruf, angka, titik, garis bawah, dan tanda hubung.")]
        public string? Username { get; set; }

        public List<string> Roles { get; set; } = [];

        [StringLength(128, ErrorMessage = "Kata sandi paling panjang 128 karakter.")]
        public string? Password { get; set; }

        /// <summary>Optional: where the member's notifications go; sealed under the member's own key.</summary>
        public string? Email { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "Pilih sedikitnya satu peran.");
        }
        else if (security.Value.Refusal(Input.Roles) is { } separation)
        {
            ModelState.AddModelError("Input.Roles", separation);
        }

        if (!string.IsNullOrWhiteSpace(Input.Email) && !NotificationContacts.IsAddress(Input.Email))
        {
            ModelState.AddModelError("Input.Email", StaffEmail.Invalid);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var generated = string.IsNullOrEmpty(Input.Password) ? StaffAccounts.RandomPassword() : null;
        var actor = StaffAuth.Actor(User);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await accounts.CreateAsync(Input.Username!, Input.Roles, generated ?? Input.Password!);
        if (result.User is not { } user)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            return Page();
        }

        var withEmail = !string.IsNullOrWhiteSpace(Input.Email);
        if (withEmail)
        {
            await contacts.SetAsync(RecipientRefs.User(user.Id), Input.Email!, NotificationContacts.StaffDefaults(Input.Roles), includeNumber: true, ct);
            await db.SaveChangesAsync(ct);
        }

        await audit.AppendAsync(actor.UserName, AuditActions.StaffAccount, "petugas:" + user.UserName,
            "dibuat; peran " + string.Join(",", Input.Roles) + (withEmail ? "; " + StaffEmail.SetDetail : ""), ct);
        var granted = Input.Roles.Intersect(StaffSecurityOptions.ContentRoles, StringComparer.OrdinalIgnoreCase).ToList();
        if (granted.Count > 0)
        {
            await audit.AppendAsync(actor.UserName, AuditActions.ContentRoleGrant, "petugas:" + user.UserName, string.Join(",", granted), ct);
        }

        await transaction.CommitAsync(ct);
        Created = (user.UserName!, generated);
        Input = new InputModel();
        ModelState.Clear();
        return Page();
    }
}
