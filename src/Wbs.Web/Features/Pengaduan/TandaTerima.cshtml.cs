using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Documents;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>The receipt of one of the reporter's own complaints, as a PDF download.</summary>
public class TandaTerimaModel(Receipts receipts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nomor, CancellationToken ct)
    {
        var receipt = await receipts.ComplaintAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, nomor, ct);
        return receipt is null ? NotFound() : File(receipt.Content, "application/pdf", receipt.FileName);
    }
}
