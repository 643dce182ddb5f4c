namespace Wbs.Web.Domain;

/// <summary>One entry of a gratification report's history; only ever appended to.</summary>
public class GratificationEvent : ICaseEvent
{
    public long Id { get; set; }
    public Guid ReportId { get; set; }
    public GratificationStatus Status { get; set; }
    public DateTime At { get; set; }

    /// <summary>Null for the reporter's own actions.</summary>
    public string? ActorId { get; set; }

    public byte[]? SealedPublicNote { get; set; }
    public byte[]? SealedInternalNote { get; set; }
    public ReportEventKind Kind { get; set; }
}
