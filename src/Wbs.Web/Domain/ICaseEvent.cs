namespace Wbs.Web.Domain;

/// <summary>One entry of a case's history, whatever the kind of report.</summary>
public interface ICaseEvent
{
    Guid ReportId { get; }
    ReportEventKind Kind { get; }
    DateTime At { get; }
    string? ActorId { get; }
    byte[]? SealedPublicNote { get; }
    byte[]? SealedInternalNote { get; }
}
