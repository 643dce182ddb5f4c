using Wbs.Web.Domain;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record GratificationDetail(
    string RegistrationNumber, GratificationStatus Status, DateTime SubmittedAt, DateTime UpdatedAt,
    GratificationIdentity Identity, GratificationContent Content, ReportingDeadline Deadline,
    IReadOnlyList<GratificationHistoryItem> History, IReadOnlyList<ReportAttachmentItem> Attachments,
    IReadOnlyList<ReportMessageItem> Messages)
{
    public DateOnly? ForwardedToKpkOn { get; init; }
    public KpkDecision? KpkDecision { get; init; }
    public string? KpkDecisionNumber { get; init; }
    public DateOnly? KpkDecisionDate { get; init; }
    public DateTime? IdentityRevealedAt { get; init; }

    /// <summary>The day the current step is due; while Perlu Dilengkapi, the reporter's completion deadline.</summary>
    public DateOnly? DueOn { get; init; }
}
