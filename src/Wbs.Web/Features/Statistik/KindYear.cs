namespace Wbs.Web.Features.Statistik;

/// <summary>What one report kind contributes to a year: its groups, plus every category and status it can show (zeros included).</summary>
public sealed record KindYear(IReadOnlyList<BucketRow> Rows, IReadOnlyList<string> Categories, IReadOnlyList<string> Statuses)
{
    /// <summary>The kind's reports of the year per channel; null for a kind filed only on the site.</summary>
    public IReadOnlyList<NamedCount>? ByChannel { get; init; }
}
