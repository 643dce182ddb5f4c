namespace Wbs.Web.Features.Statistik;

/// <summary>
/// One kind of report that the public statistics count (complaints and gratification reports).
/// A new kind is one class implementing this plus one registration line in <see cref="StatisticsRegistration"/>.
/// </summary>
public interface IReportKindStatistics
{
    /// <summary>The kind's reports submitted in the local months bounded by <paramref name="monthStartsUtc"/> (13 instants).</summary>
    Task<KindYear> YearAsync(IReadOnlyList<DateTime> monthStartsUtc, CancellationToken ct);

    /// <summary>How many reports the kind holds, and the local years that received any.</summary>
    Task<KindTotals> TotalsAsync(CancellationToken ct);
}
