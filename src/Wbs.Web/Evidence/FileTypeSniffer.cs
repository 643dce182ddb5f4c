using System.IO.Compression;
using System.Text;

namespace Wbs.Web.Evidence;

/// <summary>Decides what a file is from its content alone; the name the reporter gave it is never trusted.</summary>
public static class FileTypeSniffer
{
    public static readonly EvidenceKind Jpeg = new("jpg", "image/jpeg", "JPG");
    public static readonly EvidenceKind Png = new("png", "image/png", "PNG");
    public static readonly EvidenceKind WebP = new("webp", "image/webp", "WEBP");
    public static readonly EvidenceKind Pdf = new("pdf", "application/pdf", "PDF");
    public static readonly EvidenceKind Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");
    public static readonly EvidenceKind Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX");
    public static readonly EvidenceKind Mp4 = new("mp4", "video/mp4", "MP4");

    public static readonly IReadOnlyList<EvidenceKind> All = [Jpeg, Png, WebP, Pdf, Docx, Xlsx, Mp4];

    public static EvidenceKind? FromExtension(string extension) =>
        All.FirstOrDefault(k => string.Equals(k.Extension, extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase)
            || (k == Jpeg && string.Equals(extension.TrimStart('.'), "jpeg", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Returns the kind, or null when the bytes are none of the known kinds.</summary>
    public static EvidenceKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && IsMp4Brand(head[8..12]))
        {
            return Mp4;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return DetectOfficeZip(content);
        }

        return null;
    }

    private static bool IsMp4Brand(ReadOnlySpan<byte> brand)
    {
        var text = Encoding.ASCII.GetString(brand);
        return text is "isom" or "iso2" or "iso4" or "iso5" or "iso6" or "mp41" or "mp42" or "avc1" or "M4V " or "MSNV" or "dash" or "3gp4" or "3gp5";
    }

    private static EvidenceKind? DetectOfficeZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            if (zip.GetEntry("word/document.xml") is not null)
            {
                return Docx;
            }

            return zip.GetEntry("xl/workbook.xml") is not null ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
