using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wbs.Web.Documents;

namespace Wbs.Web.Features.Verifikasi;

/// <summary>
/// The public check of a receipt: a code typed (or opened from the QR code) or the receipt PDF uploaded. It answers
/// "Sah: nomor X diterima pada T" or "Tidak sah" and nothing else about the case; nothing the visitor sends is kept.
/// </summary>
// No anti-forgery token: the check changes nothing and keeps nothing, and a QR code or an auditor's script may post to it.
[IgnoreAntiforgeryToken(Order = 1001)]
public class IndexModel(ReceiptVerification verification) : PageModel
{
    public const string NotValid = "Tidak sah";

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Kode { get; set; }

    [BindProperty]
    public IFormFile? Berkas { get; set; }

    /// <summary>The answer line, or null before anything was checked.</summary>
    public string? Result { get; private set; }

    public bool IsValid { get; private set; }

    /// <summary>Why an upload could not be read at all (not a PDF, too large).</summary>
    public string? Problem { get; private set; }

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Kode))
        {
            Check(Kode);
        }
    }

    public void OnPost()
    {
        if (string.IsNullOrWhiteSpace(Kode))
        {
            Problem = "Ketik kode verifikasi yang tercetak di tanda terima.";
            return;
        }

        Check(Kode);
    }

    public async Task OnPostUnggahAsync(CancellationToken ct)
    {
        Kode = null;
        if (Berkas is null || Berkas.Length == 0)
        {
            Problem = "Pilih berkas PDF tanda terima yang akan diperiksa.";
            return;
        }

        if (Berkas.Length > ReceiptVerification.MaxPdfBytes)
        {
            Problem = "Berkas terlalu besar: tanda terima paling besar 2 MB.";
            return;
        }

        using var buffer = new MemoryStream((int)Berkas.Length);
        await using (var stream = Berkas.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, ct);
        }

        var pdf = buffer.ToArray();
        if (!pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            Problem = "Berkas ini bukan PDF. Unggah berkas PDF tanda terima yang Anda unduh dari situs ini.";
            return;
        }

        Check(await ReceiptVerification.CodeFromPdfAsync(pdf, ct));
    }

    private void Check(string? code)
    {
        var claim = verification.Verify(code);
        IsValid = claim is not null;
        Result = claim is null ? NotValid : verification.Valid(claim);
    }
}
