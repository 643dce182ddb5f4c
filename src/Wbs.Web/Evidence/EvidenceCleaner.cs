namespace Wbs.Web.Evidence;

/// <summary>
/// Removes what a file says about its maker (location, device, names, earlier versions) before staff see it.
/// A file that cannot be read for cleaning is refused rather than stored with its metadata.
/// </summary>
public static class EvidenceCleaner
{
    private const string Unexpected = "berkas ini tidak dapat dibersihkan dari metadata sehingga tidak disimpan. Simpan ulang berkasnya (atau cetak ulang ke PDF) lalu unggah lagi.";

    public static CleanedEvidence Clean(EvidenceKind kind, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var cleaned = CleanKind(kind, content);
            return cleaned with { RemovedMetadata = Bounded(cleaned.RemovedMetadata) };
        }
        catch (Exception ex) when (ex is not (EvidenceCleaningException or OutOfMemoryException))
        {
            // Whatever a parser trips on, the file is refused with a reason rather than stored with its metadata.
            throw new EvidenceCleaningException(Unexpected, ex);
        }
    }

    /// <summary>The names are stored in a 1000-character column; a file with endless custom keys must not overflow it.</summary>
    private static List<string> Bounded(IReadOnlyList<string> names)
    {
        const int Limit = 900;
        var kept = new List<string>();
        var length = 0;
        foreach (var name in names.Select(n => n.Length > 200 ? n[..199] + "…" : n))
        {
            if (length + name.Length + 1 > Limit)
            {
                kept.Add("dan metadata lainnya");
                break;
            }

            kept.Add(name);
            length += name.Length + 1;
        }

        return kept;
    }

    private static CleanedEvidence CleanKind(EvidenceKind kind, byte[] content)
    {
        return kind.Extension switch
        {
            "jpg" => JpegCleaner.Clean(content),
            "png" => PngCleaner.Clean(content),
            "webp" => WebPCleaner.Clean(content),
            "pdf" => PdfCleaner.Clean(content),
            "docx" => OfficeCleaner.Clean(content, spreadsheet: false),
            "xlsx" => OfficeCleaner.Clean(content, spreadsheet: true),
            "mp4" => Mp4Cleaner.Clean(content),
            _ => throw new EvidenceCleaningException("jenis berkas ini belum dapat dibersihkan dari metadata."),
        };
    }
}
