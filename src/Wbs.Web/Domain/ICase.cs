namespace Wbs.Web.Domain;

/// <summary>A report of either kind as the shared case work sees it: its number and its history.</summary>
public interface ICase
{
    Guid Id { get; }
    string RegistrationNumber { get; }
    DateTime UpdatedAt { get; set; }

    /// <summary>Changes with every update of the row; a save that saw an older one fails, so of two concurrent changes one wins.</summary>
    Guid Version { get; set; }

    /// <summary>A new history entry in the case's current status, for the caller to add to the context.</summary>
    ICaseEvent NewEvent(ReportEventKind kind, DateTime at, string? actorId, byte[]? sealedPublicNote, byte[]? sealedInternalNote);
}
