namespace Wbs.Web.Domain;

/// <summary>
/// The idempotency key a form or an API client sent with a submission that was stored, so a retry of the same
/// submission (a double click, a lost answer, a balancer retrying after a node died) gets the first answer instead of a
/// second report. Kept for a day. The key itself is not stored: only a keyed hash of it with its owner's scope, so a
/// copy of the database can neither look a key up nor link it to anyone.
/// </summary>
public class SubmissionKey
{
    /// <summary>Hex HMAC-SHA256 of scope and key under a key derived from a system data key.</summary>
    public required string KeyHash { get; set; }

    /// <summary>The report the first submission stored (a complaint or a gratification report, by the scope).</summary>
    public Guid ReportId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// For a report without an account: its access code sealed under a key derived from the idempotency key and a
    /// system key, so only whoever holds the idempotency key can have the code shown again, and only within the day.
    /// </summary>
    public byte[]? SealedAccessCode { get; set; }
}
