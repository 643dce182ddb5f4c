namespace Wbs.Web.Features.Statistik;

public sealed record Column(string Label, string ValueText, double X, double Y, double Width, double Height, double CenterX);
