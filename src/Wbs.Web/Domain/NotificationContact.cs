namespace Wbs.Web.Domain;

/// <summary>
/// Where and what a person (a staff member, a reporter account, an anonymous report's Lacak holder) wants to be told.
/// The address is sealed under the owner's scope like other identity data; deleting the row deletes the address, and
/// messages still queued for it are then dropped unsent.
/// </summary>
public class NotificationContact
{
    /// <summary>"user:{AppUser.Id}" or "anon:{AnonymousAccess report id}" (<see cref="Notifications.RecipientRefs"/>).</summary>
    public required string OwnerRef { get; set; }

    /// <summary>The email address, sealed and padded (<see cref="Security.ContentSealer.SealPadded{T}"/>).</summary>
    public required byte[] SealedAddress { get; set; }

    /// <summary>A reporter may let the mail carry the registration number; staff mails always do.</summary>
    public bool IncludeNumber { get; set; }

    /// <summary>Which kinds the owner receives (<see cref="NotificationPreferences"/>).</summary>
    public NotificationPreferences Preferences { get; set; }

    public DateTime UpdatedAt { get; set; }
}
