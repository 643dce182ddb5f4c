using Microsoft.AspNetCore.Identity;

namespace Wbs.Web.Domain;

/// <summary>
/// A reporter (pseudonym) or a staff member. The phone number and email are kept in <see cref="SealedContact"/>;
/// Identity's own PhoneNumber/Email columns stay empty on purpose.
/// </summary>
public class AppUser : IdentityUser
{
    public byte[]? SealedContact { get; set; }

    /// <summary>Hash of the one-time recovery code shown at registration (there is no email identity).</summary>
    public string? RecoveryCodeHash { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Inspectorate staff sign in at /Staf with a password and an authenticator code; reporters never can.</summary>
    public bool IsStaff { get; set; }

    /// <summary>A disabled staff account cannot sign in; its history stays.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The authenticator secret (TOTP), sealed under the account's key.</summary>
    public byte[]? SealedTotpSecret { get; set; }

    /// <summary>The last TOTP time step accepted, so a code cannot be used twice.</summary>
    public long? LastTotpStep { get; set; }

    /// <summary>Wrong authenticator codes since the last right one; a right password never resets it.</summary>
    public int TotpFailedCount { get; set; }

    /// <summary>Until when the authenticator step refuses every code after too many wrong ones.</summary>
    public DateTime? TotpLockedUntil { get; set; }

    /// <summary>An admin set the password: the member chooses their own at the next sign-in before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
