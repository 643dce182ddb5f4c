using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Lacak;

/// <summary>The two ways in: with an account, or without one (number and access code).</summary>
public class KirimModel : PageModel
{
    public void OnGet()
    {
    }
}
