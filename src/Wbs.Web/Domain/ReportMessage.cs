namespace Wbs.Web.Domain;

/// <summary>A message between the reporter and the handler of a report; its text is sealed with the report.</summary>
public class ReportMessage
{
    public long Id { get; set; }
    public Guid ReportId { get; set; }
    public bool FromStaff { get; set; }
    public string? StaffId { get; set; }
    public DateTime At { get; set; }
    public required byte[] SealedBody { get; set; }

    /// <summary>
    /// Set (to <see cref="At"/>, the message's own time) once the other side has read it; null while unread. The time
    /// of reading is not kept: it would tell when a reporter was active.
    /// </summary>
    public DateTime? ReadAt { get; set; }
}
