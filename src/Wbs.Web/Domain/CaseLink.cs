namespace Wbs.Web.Domain;

/// <summary>
/// Two complaints staff found to belong together: <see cref="ReportId"/> duplicates <see cref="OtherReportId"/>, or the
/// two are related. Only staff ever see it; the reason is sealed under the first report's key.
/// </summary>
public class CaseLink
{
    public Guid Id { get; set; }

    /// <summary>The report the link was made from; for a duplicate, the later one that repeats the other.</summary>
    public Guid ReportId { get; set; }

    /// <summary>The report linked to; for a duplicate, the original that is handled.</summary>
    public Guid OtherReportId { get; set; }

    public CaseLinkKind Kind { get; set; }

    public required byte[] SealedReason { get; set; }

    public required string CreatedById { get; set; }

    public DateTime CreatedAt { get; set; }
}
