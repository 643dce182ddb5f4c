using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// The last step of a sign-in after an admin created the account or reset its password: the member chooses their own
/// password (so no one else knows it) before any staff page opens.
/// </summary>
public class GantiSandiModel(StaffSignIn signIn) : PageModel
{
    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string UserName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (Elsewhere(session) is { } elsewhere)
        {
            return elsewhere;
        }

        UserName = session!.User.UserName!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var session = await signIn.CurrentAsync(HttpContext);
        if (Elsewhere(session) is { } elsewhere)
        {
            return elsewhere;
        }

        UserName = session!.User.UserName!;
        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Ulangan kata sandi tidak sama dengan kata sandi baru.");
        }
        else
        {
            foreach (var error in await signIn.ChooseOwnPasswordAsync(session.User, NewPassword, "halaman masuk"))
            {
                ModelState.AddModelError(nameof(NewPassword), error);
            }
        }

        (NewPassword, ConfirmPassword) = (null, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await signIn.SignInFullyAsync(HttpContext, session.User);
        return LocalRedirect(StaffSignIn.Target(ReturnUrl));
    }

    // Only after a right code, and only while the password is still the admin's.
    private IActionResult? Elsewhere(StaffSession? session) => session switch
    {
        { Mfa: true } => LocalRedirect(StaffSignIn.Target(ReturnUrl)),
        { CodeGiven: true, User.MustChangePassword: true } => null,
        _ => RedirectToPage("/Staf/Masuk", new { ReturnUrl }),
    };
}
