using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Staf;

/// <summary>Where the staff area sends a request the signed-in role may not make.</summary>
[IgnoreAntiforgeryToken]
public class DitolakModel(StaffSignIn signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        // Half signed in (password only): the missing step is the authenticator, not a missing role.
        if (await signIn.CurrentAsync(HttpContext) is { Mfa: false })
        {
            return RedirectToPage("/Staf/Masuk", new { ReturnUrl = returnUrl });
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
