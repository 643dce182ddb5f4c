namespace Wbs.Web.Domain;

/// <summary>
/// A gratification report (Lapor Gratifikasi). Unlike a complaint its reporter is identified: the
/// identity is sealed under a key of its own (<see cref="IdentityScope"/>) and shown to the UPG masked until revealed.
/// Everything else the reporter wrote lives in <see cref="SealedContent"/>; only structural fields are plain.
/// </summary>
public class GratificationReport : INumberedReport, ICase
{
    public Guid Id { get; set; }
    public required string RegistrationNumber { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    /// <summary>
    /// Who filed it, as a keyed reference (see <c>GratificationOwners</c>), never the plain account id that the same
    /// account's pseudonymous complaints carry: a copy of the database cannot link the named person to them.
    /// </summary>
    public required string OwnerRef { get; set; }
    public GratificationStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The concurrency token (<see cref="ICase.Version"/>).</summary>
    public Guid Version { get; set; }

    /// <summary>When the report first reached Selesai; drives the public average duration.</summary>
    public DateTime? ResolvedAt { get; set; }

    public DateTime StatusChangedAt { get; set; }

    /// <summary>The date the gift was received (or refused); the legal deadline counts from it.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The legal deadline to report: <see cref="ReceivedOn"/> plus 30 working days.</summary>
    public DateOnly ReportDeadline { get; set; }

    /// <summary>The UPG's deadline for its current stage (forwarding to KPK); null once forwarded.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? ForwardedToKpkOn { get; set; }
    public KpkDecision? KpkDecision { get; set; }
    public string? KpkDecisionNumber { get; set; }
    public DateOnly? KpkDecisionDate { get; set; }

    /// <summary>
    /// The reporter's level of office the KPK decision was signed for: Peraturan KPK 1/2026 ties the signatory of the
    /// decision (SK) to it rather than to the gift's value. Plain, like the decision itself; the position's name stays sealed.
    /// </summary>
    public PositionLevel? KpkSignatoryLevel { get; set; }

    /// <summary>Who signed the KPK decision, as the letter names the office (e.g. "Deputi Bidang Pencegahan dan Monitoring").</summary>
    public string? KpkDecisionSignedBy { get; set; }

    /// <summary>When the UPG last revealed the reporter's identity; the reporter is told.</summary>
    public DateTime? IdentityRevealedAt { get; set; }

    /// <summary>The key scope of <see cref="SealedIdentity"/>, apart from the report's own.</summary>
    public Guid IdentityScope { get; set; }

    public required byte[] SealedIdentity { get; set; }
    public required byte[] SealedContent { get; set; }

    public List<GratificationEvent> Events { get; set; } = [];

    /// <inheritdoc />
    public DateOnly? RetainUntil { get; set; }

    /// <inheritdoc />
    public DateTime? ErasedAt { get; set; }

    /// <inheritdoc />
    public DateTime? LegalHoldAt { get; set; }

    /// <inheritdoc />
    public string? LegalHoldById { get; set; }

    /// <inheritdoc />
    public byte[]? SealedLegalHoldReason { get; set; }

    public bool IsFinal => Status.IsFinal();

    public ICaseEvent NewEvent(ReportEventKind kind, DateTime at, string? actorId, byte[]? sealedPublicNote, byte[]? sealedInternalNote) =>
        new GratificationEvent { ReportId = Id, Status = Status, Kind = kind, At = at, ActorId = actorId, SealedPublicNote = sealedPublicNote, SealedInternalNote = sealedInternalNote };
}
