namespace Wbs.Web.Infrastructure;

/// <summary>What evidence may be uploaded; checked by content while reading the upload.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Wbs:Evidence";

    /// <summary>Allowed kinds by their usual extension: jpg, png, webp, pdf, docx, xlsx, mp4.</summary>
    public List<string> AllowedTypes { get; set; } = [];
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;
    public long MaxReportBytes { get; set; } = 100L * 1024 * 1024;
    public int MaxFiles { get; set; } = 10;

    /// <summary>Each file is cleaned in a worker process; it is killed after this many seconds and the file refused.</summary>
    public int CleaningTimeoutSeconds { get; set; } = 12;

    /// <summary>The worker's managed heap limit; a file that needs more is refused.</summary>
    public int CleaningMemoryMegabytes { get; set; } = 384;

    /// <summary>How many workers may run at once; further files wait for a free one.</summary>
    public int MaxConcurrentCleanings { get; set; } = 2;

    public IReadOnlyList<string> EffectiveAllowedTypes =>
        AllowedTypes.Count > 0 ? AllowedTypes : ["jpg", "png", "pdf", "docx", "xlsx", "mp4"];
}
