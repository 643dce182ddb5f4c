using System.Text;

namespace Wbs.Tests.Infrastructure;

/// <summary>Small real files of each kind, and the disguised or broken ones a reporter (or an attacker) might send.</summary>
public static class SampleFiles
{
    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] PngBytes { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static UploadFile Png(string name = "foto-loket.png") => new(name, PngBytes, "image/png");

    public static UploadFile Pdf(string name = "kuitansi.pdf") => new(name, PdfBytes(), "application/pdf");

    /// <summary>A one-page PDF with a correct cross-reference table, as a PDF library writes it.</summary>
    public static byte[] PdfBytes()
    {
        var objects = new[]
        {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            "<</Length 39>>stream\nBT /F1 12 Tf 20 100 Td (Kuitansi) Tj ET\nendstream",
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A Windows executable (MZ header) wearing a photo's name.</summary>
    public static UploadFile ExecutableNamedJpg(string name = "foto-bukti.jpg")
    {
        var bytes = new byte[512];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(bytes, 78);
        return new(name, bytes, "image/jpeg");
    }

    public static UploadFile Empty(string name = "kosong.pdf") => new(name, [], "application/pdf");

    /// <summary>A PNG of at least <paramref name="size"/> bytes (a valid image followed by padding).</summary>
    public static UploadFile LargePng(int size, string name = "foto-besar.png")
    {
        var bytes = new byte[size];
        PngBytes.CopyTo(bytes, 0);
        return new(name, bytes, "image/png");
    }
}
