using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Documents;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// The receipt of the complaint open in this Lacak session; the access code is printed on it only when the reporter
/// ticks it, and only the code that is right for this report (checked against its hash).
/// </summary>
public class TandaTerimaModel(Receipts receipts, AccessCheck check, Wbs.Web.Data.WbsDbContext db) : PageModel
{
    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ReceiptAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(string? kodeAkses, bool sertakanKode, CancellationToken ct)
    {
        if (!sertakanKode)
        {
            return await ReceiptAsync(null, ct);
        }

        if (await LacakSession.CurrentAsync(HttpContext) is not { } reportId || !await check.MatchesAsync(reportId, kodeAkses, ct))
        {
            return NotFound();
        }

        return await ReceiptAsync(AccessCodes.Format(AccessCodes.Normalize(kodeAkses)!), ct);
    }

    private async Task<IActionResult> ReceiptAsync(string? code, CancellationToken ct)
    {
        if (await LacakSession.CurrentAsync(HttpContext) is not { } reportId)
        {
            return Redirect("/Lacak?berakhir=1");
        }

        var number = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Complaints.Where(r => r.Id == reportId).Select(r => r.RegistrationNumber), ct);
        var receipt = await receipts.ComplaintAsync(ReportOwner.Anonymous(reportId), number, ct, code);
        return receipt is null ? NotFound() : File(receipt.Content, "application/pdf", receipt.FileName);
    }
}
