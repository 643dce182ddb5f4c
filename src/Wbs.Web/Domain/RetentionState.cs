namespace Wbs.Web.Domain;

/// <summary>
/// How far the retention job has erased, so that every node moves its own retention ratchet to the same day, and the
/// fingerprint of the ratchet every node must hold (a node with another one refuses to start). Reveals no key.
/// </summary>
public class RetentionState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The first day whose retention key must still exist: every earlier day's cases are erased.</summary>
    public DateOnly RatchetDay { get; set; }

    /// <summary>HMAC of the ratchet's state at a far fixed day (<c>RetentionRatchet.CheckDay</c>).</summary>
    public required string RatchetFingerprint { get; set; }

    public DateTime? LastRunAt { get; set; }
}
