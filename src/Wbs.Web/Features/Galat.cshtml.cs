using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features;

/// <summary>The one error page: it says what happened and never echoes the request.</summary>
[IgnoreAntiforgeryToken]
public class GalatModel : PageModel
{
    public string Heading { get; private set; } = "Terjadi kesalahan";
    public string Message { get; private set; } = "Maaf, permintaan Anda tidak dapat diproses. Data yang sudah tersimpan tidak berubah. Silakan coba lagi.";

    /// <summary>The error of a /Staf page: shown in the staff layout, whose menu and "Keluar" are the staff session's.</summary>
    public bool ForStaff { get; private set; }

    // From the query only: the re-executed request keeps the failed form, which may have its own "kode" field (/verifikasi).
    public Task OnGetAsync([FromQuery] int? kode) => DescribeAsync(kode);

    public Task OnPostAsync([FromQuery] int? kode) => DescribeAsync(kode);

    private async Task DescribeAsync(int? kode)
    {
        var failedPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        ForStaff = failedPath is not null && new PathString(failedPath).StartsWithSegments("/Staf", StringComparison.OrdinalIgnoreCase);
        if (ForStaff)
        {
            // The re-executed request was authenticated with the reporter's cookie; a staff page's error shows the staff session.
            var staff = await HttpContext.AuthenticateAsync(StaffAuth.Scheme);
            HttpContext.User = staff.Succeeded ? staff.Principal : new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }

        // After an exception the handler has set the status; opened directly, with nothing gone wrong, there is no such page.
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var status = kode is >= 400 and < 600 ? kode.Value : failed ? Response.StatusCode : StatusCodes.Status404NotFound;
        (Heading, Message) = status switch
        {
            404 when ForStaff => ("Halaman tidak ditemukan", "Halaman atau laporan yang Anda cari tidak ada, atau tidak termasuk lingkup tugas Anda."),
            404 => ("Halaman tidak ditemukan", "Halaman atau pengaduan yang Anda cari tidak ada, atau bukan milik akun Anda."),
            400 => ("Permintaan tidak valid", "Formulir kedaluwarsa atau tidak lengkap. Muat ulang halaman lalu coba lagi."),
            408 => ("Kiriman terhenti", BrokenUpload.Stalled),
            429 => ("Terlalu banyak permintaan", "Tunggu sebentar, lalu coba lagi."),
            503 => ("Layanan sedang sibuk", "Sistem sedang tidak dapat menyimpan atau membaca data untuk sementara. Tidak ada yang tersimpan dari "
                + $"permintaan ini, dan data yang sudah tersimpan aman. Silakan coba lagi dalam {ErrorAnswers.RetryAfterSeconds} detik."),
            _ => (Heading, Message),
        };
        Response.StatusCode = status < 400 ? StatusCodes.Status500InternalServerError : status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ErrorAnswers.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
