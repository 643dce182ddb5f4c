using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Lacak;

/// <summary>Ends the Lacak session: a new stamp for the report, so every copy of the cookie and every token stops working.</summary>
public class KeluarModel : PageModel
{
    public IActionResult OnGet() => Redirect("/Lacak");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LacakSession.CurrentAsync(HttpContext) is { } reportId)
        {
            await LacakSession.EndAsync(HttpContext, reportId);
        }

        return Redirect("/Lacak?keluar=1");
    }
}
