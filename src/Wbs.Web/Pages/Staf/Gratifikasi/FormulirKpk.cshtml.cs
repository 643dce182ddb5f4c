using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Documents;
using Wbs.Web.Staff;

namespace Wbs.Web.Pages.Staf.Gratifikasi;

/// <summary>The KPK form of a gratification report for the UPG to forward, as a PDF download (audited).</summary>
[Authorize(Policy = StaffAuth.UpgPolicy)]
public class FormulirKpkModel(KpkForms forms) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nomor, CancellationToken ct)
    {
        var pdf = await forms.RenderAsync(StaffAuth.Actor(User).UserName, nomor, ct);
        return pdf is null ? NotFound() : File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
