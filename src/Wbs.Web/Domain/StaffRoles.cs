namespace Wbs.Web.Domain;

/// <summary>The staff roles; a staff member may hold several.</summary>
public static class StaffRoles
{
    public const string Verifikator = "Verifikator";
    public const string Inspektur = "Inspektur";
    public const string Upg = "UPG";
    public const string Admin = "Admin";

    public static readonly string[] All = [Verifikator, Inspektur, Upg, Admin];

    /// <summary>Roles that may read complaint content (the Admin may not: separation of duties).</summary>
    public const string ComplaintReaders = Verifikator + "," + Inspektur;
}
