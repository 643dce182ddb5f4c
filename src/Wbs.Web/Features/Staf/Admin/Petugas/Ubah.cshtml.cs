using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Staf.Admin.Petugas;

/// <summary>
/// Changes a staff member's roles, disables or enables the account, resets the password or the authenticator, or lifts
/// a lockout.
/// Each change renews the security stamp, which ends the member's open sessions and API tokens.
/// </summary>
public class UbahModel(
    UserManager<AppUser> users, StaffAccounts accounts, WbsDbContext db, AuditLog audit, TimeProvider time, NotificationContacts contacts,
    Microsoft.Extensions.Options.IOptions<StaffSecurityOptions> security) : PageModel
{
    public StaffRow? Member { get; private set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public bool IsSelf { get; private set; }

    /// <summary>What the admin typed into the address field; shown again when refused.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The member's notification address now, or null.</summary>
    public string? CurrentEmail { get; private set; }

    /// <summary>After a password reset: the random password, shown to the admin this once.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, ct);
        Roles = [.. Member!.Roles];
        return Page();
    }

    public Task<IActionResult> OnPostRolesAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        var wanted = StaffRoles.All.Where(r => Roles.Contains(r, StringComparer.Ordinal)).ToList();
        if (wanted.Count == 0)
        {
            return "Pilih sedikitnya satu peran.";
        }

        // No one changes their own roles: an admin could otherwise give itself content access.
        if (IsSelf)
        {
            return "Anda tidak dapat mengubah peran akun Anda sendiri. Minta admin lain untuk mengubahnya.";
        }

        if (security.Value.Refusal(wanted) is { } separation)
        {
            return separation;
        }

        var current = (await users.GetRolesAsync(user)).Where(r => StaffRoles.All.Contains(r)).ToList();
        var granted = wanted.Except(current).Intersect(StaffSecurityOptions.ContentRoles).ToList();
        if (granted.Count > 0)
        {
            await audit.AppendAsync(StaffAuth.Actor(User).UserName, AuditActions.ContentRoleGrant, "petugas:" + user.UserName, string.Join(",", granted), ct);
        }

        Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
        Check(await users.AddToRolesAsync(user, wanted.Except(current)));
        Check(await users.UpdateSecurityStampAsync(user));
        return Audit($"peran {string.Join(",", current)} -> {string.Join(",", wanted)}", $"Peran {user.UserName} disimpan: {string.Join(", ", wanted)}.");
    }, ct);

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        if (IsSelf)
        {
            return "Anda tidak dapat menonaktifkan akun Anda sendiri.";
        }

        user.IsDisabled = true;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
        return Audit("dinonaktifkan", $"Akun {user.UserName} dinonaktifkan; sesi yang terbuka berakhir.");
    }, ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        user.IsDisabled = false;
        Check(await users.UpdateAsync(user));
        return Audit("diaktifkan", $"Akun {user.UserName} diaktifkan kembali.");
    }, ct);

    public Task<IActionResult> OnPostResetAuthenticatorAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        await accounts.ResetAuthenticatorAsync(user);
        return Audit("autentikator direset", $"Autentikator {user.UserName} direset: petugas mendaftarkan aplikasi autentikator lagi saat masuk berikutnya.");
    }, ct);

    /// <summary>
    /// A new random password shown once; the member must replace it with their own at the next sign-in, and every open
    /// session and token of the member ends now.
    /// </summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(string id, CancellationToken ct)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var password = await accounts.ResetPasswordAsync(user);
        await audit.AppendAsync(StaffAuth.Actor(User).UserName, AuditActions.StaffAccount, "petugas:" + user.UserName, "kata sandi direset", ct);
        await transaction.CommitAsync(ct);
        await LoadAsync(user, ct);
        Roles = [.. Member!.Roles];
        GeneratedPassword = password;
        return Page();
    }

    /// <summary>Sets the member's notification address; what they receive stays as they chose, or starts from their roles' defaults.</summary>
    public Task<IActionResult> OnPostEmailAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        if (!NotificationContacts.IsAddress(Email))
        {
            return StaffEmail.Invalid;
        }

        var owner = RecipientRefs.User(user.Id);
        var existing = await contacts.GetAsync(owner, ct);
        var preferences = existing?.Row.Preferences ?? NotificationContacts.StaffDefaults(await users.GetRolesAsync(user));
        await contacts.SetAsync(owner, Email!, preferences, existing?.Row.IncludeNumber ?? true, ct);
        await db.SaveChangesAsync(ct);
        return Audit(StaffEmail.SetDetail, $"Alamat email pemberitahuan {user.UserName} disimpan.");
    }, ct);

    public Task<IActionResult> OnPostDeleteEmailAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        await contacts.DeleteAsync(RecipientRefs.User(user.Id), ct);
        return Audit(StaffEmail.DeletedDetail, $"Alamat email pemberitahuan {user.UserName} dihapus; petugas tidak lagi menerima pemberitahuan.");
    }, ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => ChangeAsync(id, async user =>
    {
        await accounts.UnlockCodesAsync(user);
        return Audit("kuncian dibuka", $"Kuncian akun {user.UserName} dibuka.");
    }, ct);

    // Runs one change and its audit entry in one transaction; a refusal (a message) shows the page again unchanged.
    private async Task<IActionResult> ChangeAsync(string id, Func<AppUser, Task<object>> change, CancellationToken ct)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        IsSelf = user.Id == StaffAuth.Actor(User).Id;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        switch (await change(user))
        {
            case string refusal:
                await transaction.RollbackAsync(ct);
                ModelState.AddModelError(string.Empty, refusal);
                await LoadAsync(user, ct);
                return Page();
            case AuditNote note:
                await audit.AppendAsync(StaffAuth.Actor(User).UserName, AuditActions.StaffAccount, "petugas:" + user.UserName, note.Detail, ct);
                await transaction.CommitAsync(ct);
                Message = note.Message;
                return RedirectToPage(new { id });
            default:
                throw new InvalidOperationException("A change returns a refusal or an audit note.");
        }
    }

    private static AuditNote Audit(string detail, string message) => new(detail, message);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity refused a staff change: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private async Task<AppUser?> FindAsync(string id) =>
        await users.FindByIdAsync(id) is { IsStaff: true } user ? user : null;

    private async Task LoadAsync(AppUser user, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var roles = await IndexModel.StaffRolesOf(db, [user.Id], ct);
        IsSelf = user.Id == StaffAuth.Actor(User).Id;
        CurrentEmail = (await contacts.GetAsync(RecipientRefs.User(user.Id), ct))?.Address;
        Member = new StaffRow(user.Id, user.UserName ?? "", roles.GetValueOrDefault(user.Id) ?? [], user.TwoFactorEnabled, user.IsDisabled,
            user.TotpLockedUntil is { } end && end > time.GetUtcNow().UtcDateTime, user.CreatedAt);
    }

    private sealed record AuditNote(string Detail, string Message);
}
