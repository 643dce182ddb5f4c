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

    public static UploadFile Pdf(string name = "kuitansi.pdf") => new(name, Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"), "application/pdf");

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
