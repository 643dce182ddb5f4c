namespace Wbs.Web.Features.Statistik;

public sealed record NamedCountDto(string Name, long Count);
