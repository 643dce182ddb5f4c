using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Gratifikasi.Staf;

/// <summary>
/// The old address of the KPK form: a plain GET must not hand out the full identity, so it leads to the report's page,
/// where the form is printed through a POST with a reason.
/// </summary>
[Authorize(Policy = StaffAuth.UpgPolicy)]
public class FormulirKpkModel : PageModel
{
    public IActionResult OnGet(string nomor) =>
        RedirectToPage("/Gratifikasi/Staf/Detail", null, new { nomor = nomor.Trim().ToUpperInvariant() }, "formulir-kpk");
}
