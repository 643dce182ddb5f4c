namespace Wbs.Web.Domain;

/// <summary>
/// How a complaint filed without an account is opened again: a slow hash of its access code and the stamp every
/// Lacak session and token of it carries. Nothing here names a person, and nothing counts failed guesses.
/// </summary>
public class AnonymousAccess
{
    /// <summary>The complaint's id (one row per anonymous complaint).</summary>
    public Guid ReportId { get; set; }

    /// <summary>PBKDF2-HMAC-SHA256 of the access code with its salt and iteration count; the code itself is never stored.</summary>
    public required string CodeHash { get; set; }

    /// <summary>Carried by every Lacak session and token of the report; Keluar renews it, which ends them all.</summary>
    public required string SessionStamp { get; set; }

    /// <summary>The contact the reporter chose to leave, if any, sealed under the report's key like an account's.</summary>
    public byte[]? SealedContact { get; set; }
}
