namespace Wbs.Web.Infrastructure;

/// <summary>Where the app keeps its files and which database it talks to (section "Wbs" of the configuration).</summary>
public sealed class WbsOptions
{
    public const string Section = "Wbs";

    /// <summary>Folder for the SQLite database and the key file; created on first run.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>The site's public address (e.g. https://wbs.example.go.id), used wherever an absolute address is needed.</summary>
    public string? PublicBaseUrl { get; set; }

    public bool UsePostgres => string.Equals(DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(DatabaseProvider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The agency running this instance; every inspectorate sets its own.</summary>
public sealed class AgencyOptions
{
    public const string Section = "Wbs:Agency";

    public string Name { get; set; } = "Inspektorat Kota Bontang";
    public string ShortName { get; set; } = "Inspektorat";
    public string Region { get; set; } = "Pemerintah Kota Bontang";
    public string City { get; set; } = "Bontang";
    public string Address { get; set; } = "Jl. Moch. Roem, Bontang Lestari, Kota Bontang, Kalimantan Timur";
    public List<string> ContactLines { get; set; } = [];
    public string TimeZone { get; set; } = "Asia/Makassar";
    public string TimeZoneLabel { get; set; } = "WITA";
}

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
