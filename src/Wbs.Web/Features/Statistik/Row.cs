namespace Wbs.Web.Features.Statistik;

public sealed record Row(string Label, string ValueText, string Key, double LabelY, double BarY, double BarWidth, double BarHeight, double ValueX, double ValueY);
