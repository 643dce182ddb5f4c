namespace Wbs.Web.Features.Statistik;

public sealed record RowChart(int Width, int Height, IReadOnlyList<Row> Rows);
