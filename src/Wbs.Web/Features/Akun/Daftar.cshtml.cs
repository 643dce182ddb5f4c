using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Akun;

public class DaftarModel(ReporterAccounts accounts, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Shown once, in the answer to the registration itself; never stored in plain text.</summary>
    public string? RecoveryCode { get; private set; }

    public class InputModel
    {
        public string? Username { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
        public string? PhoneNumber { get; set; }
        public string? Email { get; set; }
    }

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>Where the reporter was going before registering (from Masuk), only when it stays on this site.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? LocalReturnUrl => ReturnLinks.Local(Url, ReturnUrl);

    /// <summary>Came from "Lapor Gratifikasi": the next step offered is the gratification form, not a complaint.</summary>
    public bool ForGratification => ReturnLinks.IsGratification(LocalReturnUrl);

    public string MasukUrl => ReturnLinks.With("/Akun/Masuk", LocalReturnUrl);

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(LocalReturnUrl ?? "/Pengaduan") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var earlier = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(Input.Password) && Input.Password != Input.ConfirmPassword)
        {
            earlier["confirmPassword"] = "Ulangan kata sandi tidak sama.";
        }

        var result = await accounts.RegisterAsync(new RegistrationRequest(Input.Username, Input.Password, Input.PhoneNumber, Input.Email), earlier);
        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError("Input." + char.ToUpperInvariant(key[0]) + key[1..], message);
        }

        if (result is not { IsOk: true, Value: { } registered })
        {
            ModelState.AddModelError(string.Empty, "Periksa kembali isian yang ditandai.");
            Input.Password = Input.ConfirmPassword = null;
            return Page();
        }

        await signIn.SignInAsync(registered.User, isPersistent: false);
        RecoveryCode = registered.RecoveryCode;
        Input.Password = Input.ConfirmPassword = null;
        return Page();
    }
}
