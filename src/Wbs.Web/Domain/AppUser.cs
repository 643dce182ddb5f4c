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
}

public sealed record ContactDetails(string PhoneNumber, string? Email);
