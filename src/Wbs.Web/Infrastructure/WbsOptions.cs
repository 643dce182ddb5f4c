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
