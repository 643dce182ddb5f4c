using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Staf;

/// <summary>Ends the staff session (inside the staff area, so the form's anti-forgery token matches the staff identity).</summary>
public class KeluarModel(StaffSignIn signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(HttpContext, (await signIn.CurrentAsync(HttpContext))?.User);
        return RedirectToPage("/Staf/Masuk", new { keluar = true });
    }
}
