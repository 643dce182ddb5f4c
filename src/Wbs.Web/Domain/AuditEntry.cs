using Wbs.Web.Security;

namespace Wbs.Web.Domain;

/// <summary>
/// One staff action in the append-only audit chain. <see cref="Hash"/> commits to the previous entry's hash and this
/// entry's fields, so a changed, removed or reordered row breaks the chain. Never holds report content.
/// </summary>
public class AuditEntry
{
    public long Sequence { get; set; }

    /// <summary>1: plain SHA-256 (before the chain was keyed); 2: HMAC-SHA256 under the audit key, detail sealed.</summary>
    public int Version { get; set; } = AuditLog.KeyedVersion;

    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Detail { get; set; }

    /// <summary>What a staff member typed (a reveal's reason), sealed under the audit key; see AuditLog.OpenNote.</summary>
    public byte[]? SealedNote { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
