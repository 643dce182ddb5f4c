namespace Wbs.Web.Features.Kasus;

/// <summary>One status tile of an inbox: the status's name in links, its label, how many reports in scope hold it.</summary>
public sealed record InboxTile(string Status, string Label, int Count, bool Current)
{
    /// <summary>The tiles of one status enum, in declaration (workflow) order, with the current filter marked.</summary>
    public static IReadOnlyList<InboxTile> Of<TStatus>(IReadOnlyDictionary<TStatus, int> counts, TStatus? current, Func<TStatus, string> label)
        where TStatus : struct, Enum =>
        Enum.GetValues<TStatus>()
            .Select(status => new InboxTile(status.ToString(), label(status), counts.GetValueOrDefault(status), current.HasValue && current.Value.Equals(status)))
            .ToList();
}
