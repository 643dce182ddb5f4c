namespace Wbs.Web.Features.Statistik;

/// <summary>One group of a report kind's year: reports submitted in a local month, with a category and a current status.</summary>
public sealed record BucketRow(int Month, string Category, string Status, long Count, long ResolvedCount, double ResolvedSeconds);
