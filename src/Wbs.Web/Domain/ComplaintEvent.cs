namespace Wbs.Web.Domain;

/// <summary>One entry of a report's history; the history is only ever appended to.</summary>
public class ComplaintEvent : ICaseEvent
{
    public long Id { get; set; }
    public Guid ReportId { get; set; }
    public ComplaintStatus Status { get; set; }
    public DateTime At { get; set; }

    /// <summary>Null for the reporter's own actions (submission, completion).</summary>
    public string? ActorId { get; set; }

    /// <summary>The note shown to the reporter; sealed with the report's content.</summary>
    public byte[]? SealedPublicNote { get; set; }

    /// <summary>A note for staff only, never shown to the reporter; sealed with the report's content.</summary>
    public byte[]? SealedInternalNote { get; set; }

    public ReportEventKind Kind { get; set; }
}
