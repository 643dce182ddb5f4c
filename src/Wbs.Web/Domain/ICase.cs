namespace Wbs.Web.Domain;

/// <summary>A report of either kind as the shared case work sees it: its number, its owner and its history.</summary>
public interface ICase
{
    Guid Id { get; }
    string RegistrationNumber { get; }
    string? ReporterId { get; }
    DateTime UpdatedAt { get; set; }

    /// <summary>A new history entry in the case's current status, for the caller to add to the context.</summary>
    ICaseEvent NewEvent(ReportEventKind kind, DateTime at, string? actorId, byte[]? sealedPublicNote, byte[]? sealedInternalNote);
}
