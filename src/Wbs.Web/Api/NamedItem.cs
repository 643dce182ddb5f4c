namespace Wbs.Web.Api;

public sealed record NamedItem(int Id, string Name);
