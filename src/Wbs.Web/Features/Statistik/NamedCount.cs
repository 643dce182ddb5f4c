namespace Wbs.Web.Features.Statistik;

public sealed record NamedCount(string Name, long Count);
