namespace Wbs.Web.Features.Staf.Admin;

public sealed record MasterItemRow(int Id, string Name, bool IsActive);
