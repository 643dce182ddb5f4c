namespace Wbs.Web.Evidence;

/// <summary>The copy staff work with, and what was taken out of it (names shown to the reporter).</summary>
public sealed record CleanedEvidence(byte[] Content, IReadOnlyList<string> RemovedMetadata);

/// <summary>A file that could not be cleaned; the reason is Indonesian and shown to the reporter.</summary>
public sealed class EvidenceCleaningException : Exception
{
    public EvidenceCleaningException()
    {
    }

    public EvidenceCleaningException(string message) : base(message)
    {
    }

    public EvidenceCleaningException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// Removes what a file says about its maker (location, device, names, earlier versions) before staff see it.
/// A file that cannot be read for cleaning is refused rather than stored with its metadata.
/// </summary>
public static class EvidenceCleaner
{
    public static CleanedEvidence Clean(EvidenceKind kind, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(content);
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

/// <summary>Removed-metadata names are stored in one text column; names may contain commas, so lines separate them.</summary>
public static class RemovedMetadataText
{
    public static string Join(IEnumerable<string> names) => string.Join('\n', names);

    public static IReadOnlyList<string> Split(string stored) =>
        (stored ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
