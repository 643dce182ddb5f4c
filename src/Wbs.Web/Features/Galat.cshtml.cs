using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features;

/// <summary>The one error page: it says what happened and never echoes the request.</summary>
[IgnoreAntiforgeryToken]
public class GalatModel : PageModel
{
    public string Heading { get; private set; } = "Terjadi kesalahan";
    public string Message { get; private set; } = "Maaf, permintaan Anda tidak dapat diproses. Data yang sudah tersimpan tidak berubah. Silakan coba lagi.";

    public void OnGet(int? kode) => Describe(kode);

    public void OnPost(int? kode) => Describe(kode);

    private void Describe(int? kode)
    {
        if (kode == 404)
        {
            Heading = "Halaman tidak ditemukan";
            Message = "Halaman atau pengaduan yang Anda cari tidak ada, atau bukan milik akun Anda.";
        }
        else if (kode == 400)
        {
            Heading = "Permintaan tidak valid";
            Message = "Formulir kedaluwarsa atau tidak lengkap. Muat ulang halaman lalu coba lagi.";
        }
        else if (kode == 429)
        {
            Heading = "Terlalu banyak permintaan";
            Message = "Tunggu sebentar, lalu coba lagi.";
        }

        if (kode is >= 400 and < 600)
        {
            Response.StatusCode = kode.Value;
        }
    }
}
