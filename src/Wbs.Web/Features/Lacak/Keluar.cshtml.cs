using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// Ends the Lacak session: a new stamp for the report, so every copy of the cookie and every token stops working, and
/// the access code kept for a retry of the submission is forgotten, so the form sent again from this browser's history
/// no longer shows it.
/// </summary>
public class KeluarModel(Kasus.SubmissionKeys keys) : PageModel
{
    public IActionResult OnGet() => Redirect("/Lacak");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LacakSession.CurrentAsync(HttpContext) is { } reportId)
        {
            await LacakSession.EndAsync(HttpContext, reportId);
            await keys.ForgetCodesAsync(reportId, HttpContext.RequestAborted);
        }

        return Redirect("/Lacak?keluar=1");
    }
}
