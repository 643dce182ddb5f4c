using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Akun;

public class MasukModel(SignInManager<AppUser> signIn) : PageModel
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

        if (await signIn.UserManager.FindByNameAsync(Input.Username.Trim()) is { IsStaff: true })
        {
            ModelState.AddModelError(string.Empty, "Akun petugas masuk melalui halaman Masuk Petugas (/Staf/Masuk).");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Username.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalReturnUrl ?? "/Pengaduan");
        }

        Input.Password = null;
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, akun dikunci sementara selama 15 menit."
            : "Nama samaran atau kata sandi salah.");
        return Page();
    }
}
