namespace Wbs.Web.Domain;

/// <summary>
/// One notification waiting to be sent, written in the same transaction as the event it announces so that an event
/// is never stored without its notice nor a notice without its event. It holds no content and no address: only whom
/// it is for (a reference to a <see cref="NotificationContact"/>), the kind of event and, where the recipient may see
/// it, the registration number. A copy of the database therefore tells that somebody was told something about a
/// report, and when, but never what the report says nor where the mail went.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The <see cref="NotificationContact.OwnerRef"/> the address is looked up by when sending.</summary>
    public required string RecipientRef { get; set; }

    /// <summary>"email" or "webhook" (<see cref="Notifications.NotificationChannels"/>).</summary>
    public required string Channel { get; set; }

    /// <summary>What happened (<see cref="NotificationKind"/>), so the message can be worded without any content.</summary>
    public NotificationKind Kind { get; set; }

    /// <summary>Only for staff, and for reporters who asked for it; null otherwise.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>
    /// Only for the deadline digest: the cases it lists, one "number yyyy-MM-dd" line each, a trailing " !" where the
    /// deadline has passed (<see cref="Notifications.DigestList"/>). Numbers and dates only, like every other row.
    /// </summary>
    public string? DueList { get; set; }

    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The sender run that claimed the row; with <see cref="ClaimedUntil"/> no other node sends it meanwhile.</summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>Given up after too many attempts; shown to the Admin with its last error.</summary>
    public bool Failed { get; set; }

    /// <summary>The channel's error (an SMTP status line, an HTTP code), never a message's text or address.</summary>
    public string? LastError { get; set; }
}
