namespace Wbs.Web.Features.Staf.Admin.Petugas;

public sealed record StaffRow(string Id, string UserName, IReadOnlyList<string> Roles, bool Enrolled, bool Disabled, bool LockedOut, DateTime CreatedAt);
