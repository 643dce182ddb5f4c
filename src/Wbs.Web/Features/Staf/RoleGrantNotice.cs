namespace Wbs.Web.Features.Staf;

public sealed record RoleGrantNotice(DateTime At, string Admin, string Member, string Roles);
