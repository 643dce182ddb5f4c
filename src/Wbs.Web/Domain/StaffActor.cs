namespace Wbs.Web.Domain;

/// <summary>Who is acting: a staff member's id and roles.</summary>
public sealed record StaffActor(string Id, string UserName, IReadOnlySet<string> Roles)
{
    public bool IsInspektur => Roles.Contains(StaffRoles.Inspektur);
    public bool IsVerifikator => Roles.Contains(StaffRoles.Verifikator);
    public bool CanReadComplaints => IsInspektur || IsVerifikator;
    public bool IsUpg => Roles.Contains(StaffRoles.Upg);
}
