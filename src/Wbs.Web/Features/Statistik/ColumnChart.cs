namespace Wbs.Web.Features.Statistik;

public sealed record ColumnChart(int Width, int Height, double BaselineY, double LabelY, IReadOnlyList<Column> Columns);
