namespace Wbs.Web.Evidence;

/// <summary>Removed-metadata names are stored in one text column; names may contain commas, so lines separate them.</summary>
public static class RemovedMetadataText
{
    public static string Join(IEnumerable<string> names) => string.Join('\n', names);

    public static IReadOnlyList<string> Split(string stored) =>
        (stored ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
