namespace Wbs.Web.Features.Statistik;

public sealed record AverageResolutionDto(long Months, int Days, int Hours, string Text);
