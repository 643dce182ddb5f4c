namespace Wbs.Web.Domain;

/// <summary>
/// A complaint (Pengaduan / Aduan). Only structural fields are plain columns; everything the reporter wrote
/// lives in <see cref="SealedContent"/>, read and written through <c>ComplaintContentStore</c> alone.
/// </summary>
public class Complaint : INumberedReport, ICase
{
    public Guid Id { get; set; }
    public required string RegistrationNumber { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    /// <summary>The reporter's account; null for a complaint filed without one (see <see cref="AnonymousAccess"/>).</summary>
    public string? ReporterId { get; set; }
    public int ViolationTypeId { get; set; }
    public ViolationType? ViolationType { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public ComplaintStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>How the complaint reached the inspectorate; <see cref="ComplaintChannel.Web"/> for what reporters file on the site.</summary>
    public ComplaintChannel Channel { get; set; }

    /// <summary>
    /// The local day a complaint recorded by staff was received (a letter's arrival, a visit), from which its first
    /// deadline counts; null when it was received as it was submitted (the site).
    /// </summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The concurrency token (<see cref="ICase.Version"/>).</summary>
    public Guid Version { get; set; }

    /// <summary>When the report first reached a final status; drives the public average duration.</summary>
    public DateTime? ResolvedAt { get; set; }

    /// <summary>When the current status began; its deadline counts from here.</summary>
    public DateTime StatusChangedAt { get; set; }

    /// <summary>The last working day to leave the current status (agency's calendar); null for final statuses.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The Verifikator the report is assigned to (disposisi).</summary>
    public string? AssignedToId { get; set; }

    /// <summary>Terbukti / TidakTerbukti, for Selesai.</summary>
    public ComplaintOutcome? Outcome { get; set; }

    /// <summary>The competent body a Diteruskan report went to (APH, KPK, Ombudsman, …).</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>The verifier's 5W+1H checklist as flags (<see cref="Checklist"/>).</summary>
    public Checklist Checklist { get; set; }

    /// <summary>When an Inspektur last revealed the reporter's phone number; the reporter is told.</summary>
    public DateTime? ContactRevealedAt { get; set; }

    public required byte[] SealedContent { get; set; }

    public List<ComplaintEvent> Events { get; set; } = [];

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
        new ComplaintEvent { ReportId = Id, Status = Status, Kind = kind, At = at, ActorId = actorId, SealedPublicNote = sealedPublicNote, SealedInternalNote = sealedInternalNote };
}
