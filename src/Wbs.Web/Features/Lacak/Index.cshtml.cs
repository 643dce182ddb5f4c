using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Lacak;

/// <summary>Lacak Pengaduan: the registration number and the access code open the complaint for this browser session.</summary>
public class IndexModel(AccessCheck check) : PageModel
{
    [BindProperty]
    public string? Nomor { get; set; }

    // Never bound back into the page: a refused code is not shown again.
    [BindProperty]
    public string? KodeAkses { get; set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet(string? keluar, string? berakhir)
    {
        Notice = keluar is not null ? "Anda telah keluar. Halaman pengaduan tidak lagi terbuka di peramban ini."
            : berakhir is not null ? "Sesi Lacak Pengaduan berakhir. Masukkan kembali nomor registrasi dan kode akses." : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, opened) = await check.CheckAsync(HttpContext, Nomor, KodeAkses, ct);
        KodeAkses = null;
        if (result == AccessCheckResult.Opened)
        {
            await LacakSession.SignInAsync(HttpContext, opened!);
            return Redirect("/Lacak/Pengaduan/" + Uri.EscapeDataString(opened!.RegistrationNumber));
        }

        Problem = result == AccessCheckResult.TooManyFromAddress ? AccessCheck.TooManyMessage : AccessCheck.RefusedMessage;
        Response.StatusCode = result == AccessCheckResult.TooManyFromAddress ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
        return Page();
    }
}
