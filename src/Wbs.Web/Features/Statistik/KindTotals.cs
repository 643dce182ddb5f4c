namespace Wbs.Web.Features.Statistik;

/// <summary>A kind's reports of all time, and the local years in which it received any.</summary>
public sealed record KindTotals(long AllTime, IReadOnlyList<int> Years);
