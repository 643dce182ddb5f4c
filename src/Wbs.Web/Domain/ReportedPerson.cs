namespace Wbs.Web.Domain;

public sealed record ReportedPerson(string Name, string? Position, string? Unit);
