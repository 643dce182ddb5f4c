using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Documents;

/// <summary>
/// Checks a receipt's code, typed or read from an uploaded receipt PDF, against the published public keys. It looks
/// at the signature alone, never at the database: the answer says only what the receipt itself claims, and the same
/// check runs offline (<c>receipt verify</c>).
/// </summary>
public sealed partial class ReceiptVerification(ReceiptSigningKeys keys, AgencyClock clock)
{
    public const long MaxPdfBytes = 2 * 1024 * 1024;
    private static readonly TimeSpan PdfTimeout = TimeSpan.FromSeconds(5);

    public ReceiptClaim? Verify(string? code) => ReceiptCode.Verify(code, keys.All);

    /// <summary>"Sah: nomor X diterima pada T", the one line the public page shows for a good code.</summary>
    public string Valid(ReceiptClaim claim) =>
        $"Sah: nomor {claim.RegistrationNumber} diterima pada {clock.ToLocal(claim.SubmittedAtUtc).ToString("d MMMM yyyy, 'pukul' HH.mm.ss", Culture.Indonesian)} {clock.ZoneLabel}";

    /// <summary>
    /// The code in an uploaded receipt: the information entry the receipt carries, else the grouped code in its
    /// text. The file is treated as hostile: at most 2 MB, only the first page read, and given up after 5 seconds.
    /// </summary>
    public static async Task<string?> CodeFromPdfAsync(byte[] pdf, CancellationToken ct)
    {
        if (pdf.Length > MaxPdfBytes || !pdf.AsSpan().StartsWith("%PDF-"u8))
        {
            return null;
        }

        var reading = Task.Run(() => Read(pdf), ct);
        var finished = await Task.WhenAny(reading, Task.Delay(PdfTimeout, ct));
        return finished == reading ? await reading : null;
    }

    private static string? Read(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            if (document.Information.DocumentInformationDictionary?.Data is { } info && info.TryGetValue(ReceiptDocument.CodeInfoName, out var token)
                && token is UglyToad.PdfPig.Tokens.StringToken text && text.Data.Length <= ReceiptCode.MaxLength)
            {
                return text.Data;
            }

            if (document.NumberOfPages < 1)
            {
                return null;
            }

            var words = document.GetPage(1).Text;
            return CodeText().Match(words) is { Success: true } match ? match.Value : null;
        }
#pragma warning disable CA1031 // a hostile or broken file of any kind is simply not a receipt
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    [GeneratedRegex("(?:[A-Z2-7]{5}[ -]?){20,}[A-Z2-7]{1,5}", RegexOptions.None, 1000)]
    private static partial Regex CodeText();
}
