namespace Wbs.Web.Domain;

/// <summary>
/// A hand-over package (pelimpahan) as it was sent: to whom, under which covering letter, by whom, which evidence files,
/// how many passages were blacked out, whether the reporter's identity went with it (and why), and the package itself,
/// sealed under the case's key so that downloading it again gives the same bytes as its recorded digest.
/// </summary>
public class HandoverPackage
{
    public Guid Id { get; set; }

    /// <summary>The complaint handed over.</summary>
    public Guid ReportId { get; set; }

    /// <summary>The receiving body as named on the package ("KPK", "Kejaksaan", "Lainnya: …").</summary>
    public required string Recipient { get; set; }

    /// <summary>The covering letter's number and date, as the Inspektur typed them.</summary>
    public required string LetterNumber { get; set; }

    public DateOnly LetterDate { get; set; }

    public required string CreatedById { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The evidence files included (attachment ids, comma separated, in package order).</summary>
    public required string FileIds { get; set; }

    /// <summary>How many passages were blacked out.</summary>
    public int RedactionCount { get; set; }

    public bool IdentityIncluded { get; set; }

    /// <summary>Why the identity went with the package (sealed under the case's key); the reporter is shown it.</summary>
    public byte[]? SealedIdentityReason { get; set; }

    /// <summary>SHA-256 of the package as sent (hex), also kept in the audit chain.</summary>
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    /// <summary>The ZIP as sent, sealed under the case's key.</summary>
    public required byte[] SealedPackage { get; set; }
}
