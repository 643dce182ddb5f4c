namespace Wbs.Web.Domain;

/// <summary>A report of either kind as the shared case work sees it: its number and its history.</summary>
public interface ICase
{
    Guid Id { get; }
    string RegistrationNumber { get; }
    DateTime UpdatedAt { get; set; }

    /// <summary>Changes with every update of the row; a save that saw an older one fails, so of two concurrent changes one wins.</summary>
    Guid Version { get; set; }

    /// <summary>When the current status began; for a final status, the day the case closed.</summary>
    DateTime StatusChangedAt { get; }

    /// <summary>Whether the case has reached a final status (its retention period runs from then).</summary>
    bool IsFinal { get; }

    /// <summary>
    /// The last day the case's content is kept (fixed when it closes, from the retention setting of its final status);
    /// its data keys are wrapped under that day's retention key unless a legal hold stands. Null while open.
    /// </summary>
    DateOnly? RetainUntil { get; set; }

    /// <summary>When the retention job erased the content; the structural row stays for statistics and numbering.</summary>
    DateTime? ErasedAt { get; set; }

    /// <summary>When an Inspektur placed a legal hold (null: none); held cases are never erased.</summary>
    DateTime? LegalHoldAt { get; set; }

    /// <summary>The staff account that placed the hold.</summary>
    string? LegalHoldById { get; set; }

    /// <summary>The hold's reason as typed, sealed under the case's key.</summary>
    byte[]? SealedLegalHoldReason { get; set; }

    /// <summary>A new history entry in the case's current status, for the caller to add to the context.</summary>
    ICaseEvent NewEvent(ReportEventKind kind, DateTime at, string? actorId, byte[]? sealedPublicNote, byte[]? sealedInternalNote);
}
