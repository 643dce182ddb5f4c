using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features;

/// <summary>The one error page: it says what happened and never echoes the request.</summary>
[IgnoreAntiforgeryToken]
public class GalatModel : PageModel
{
    public string Heading { get; private set; } = "Terjadi kesalahan";
    public string Message { get; private set; } = "Maaf, permintaan Anda tidak dapat diproses. Data yang sudah tersimpan tidak berubah. Silakan coba lagi.";

    // From the query only: the re-executed request keeps the failed form, which may have its own "kode" field (/verifikasi).
    public void OnGet([FromQuery] int? kode) => Describe(kode);

    public void OnPost([FromQuery] int? kode) => Describe(kode);

    private void Describe(int? kode)
    {
        // After an exception the handler has set the status; opened directly, with nothing gone wrong, there is no such page.
        var failed = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        var status = kode is >= 400 and < 600 ? kode.Value : failed ? Response.StatusCode : StatusCodes.Status404NotFound;
        (Heading, Message) = status switch
        {
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
