using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintDetail(
    string RegistrationNumber, ComplaintStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    string ViolationType, string? Unit, ComplaintContent Content,
    IReadOnlyList<ComplaintHistoryItem> History, IReadOnlyList<ReportAttachmentItem> Attachments)
{
    public IReadOnlyList<ReportMessageItem> Messages { get; init; } = [];
    public DateTime? ContactRevealedAt { get; init; }

    /// <summary>Hand-overs that carried the reporter's identity: to whom, when, why.</summary>
    public IReadOnlyList<Pelimpahan.ReporterHandoverNotice> IdentityHandovers { get; init; } = [];
    public DateOnly? DueOn { get; init; }
    public int ViolationTypeId { get; init; }
}
