using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record StaffGratificationDetail(
    Guid Id, string RegistrationNumber, GratificationStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    MaskedIdentity Identity, GratificationContent Content, ReportingDeadline Deadline, DateOnly? DueOn,
    IReadOnlyList<CaseEvent<GratificationStatus>> Events, IReadOnlyList<CaseMessage> Messages, IReadOnlyList<ReportAttachmentItem> Attachments,
    IReadOnlyList<GratificationStatus> AllowedNext)
{
    public DateOnly? ForwardedToKpkOn { get; init; }
    public KpkDecision? KpkDecision { get; init; }
    public string? KpkDecisionNumber { get; init; }
    public DateOnly? KpkDecisionDate { get; init; }
    public PositionLevel? KpkSignatoryLevel { get; init; }
    public string? KpkDecisionSignedBy { get; init; }
    public DateTime? IdentityRevealedAt { get; init; }
    public DateTime? ResolvedAt { get; init; }
}
