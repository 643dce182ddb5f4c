using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Akun;

public class MasukModel(SignInManager<AppUser> signIn, ReporterAccounts accounts) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public class InputModel
    {
        public string? Username { get; set; }
        public string? Password { get; set; }
    }

    /// <summary>The way back after logging in, only when it stays on this site.</summary>
    public string? LocalReturnUrl => ReturnLinks.Local(Url, ReturnUrl);

    /// <summary>Whoever came here from "Lapor Gratifikasi" is told why, and registering brings them back.</summary>
    public bool ForGratification => ReturnLinks.IsGratification(LocalReturnUrl);

    public string DaftarUrl => ReturnLinks.With("/Akun/Daftar", LocalReturnUrl);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Username) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(string.Empty, "Isi nama samaran dan kata sandi.");
            return Page();
        }

        var checkedIn = await accounts.CheckPasswordAsync(Input.Username, Input.Password);
        if (checkedIn is { IsOk: true, Value: { } user })
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(LocalReturnUrl ?? "/Pengaduan");
        }

        // The same words for an unknown name, a staff name and a wrong password.
        Input.Password = null;
        ModelState.AddModelError(string.Empty, checkedIn.Errors.Values.First());
        return Page();
    }
}
