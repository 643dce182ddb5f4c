using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintDetail(
    string RegistrationNumber, ComplaintStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    string ViolationType, string? Unit, ComplaintContent Content,
    IReadOnlyList<ComplaintHistoryItem> History, IReadOnlyList<ReportAttachmentItem> Attachments)
{
    public IReadOnlyList<ReportMessageItem> Messages { get; init; } = [];
    public DateTime? ContactRevealedAt { get; init; }
    public DateOnly? DueOn { get; init; }
    public int ViolationTypeId { get; init; }
}
