using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

public sealed record StaffComplaintDetail(
    Guid Id, string RegistrationNumber, ComplaintStatus Status, DateTime SubmittedAt, DateTime UpdatedAt, string ViolationType, string? Unit,
    ComplaintContent Content, string MaskedPhone, bool HasEmail, string? AssignedToId, string? AssignedTo, Checklist Checklist,
    ComplaintOutcome? Outcome, string? ForwardedTo, DateOnly? DueOn, DeadlineState Deadline, DateTime? ContactRevealedAt,
    IReadOnlyList<CaseEvent<ComplaintStatus>> Events, IReadOnlyList<CaseMessage> Messages, IReadOnlyList<ReportAttachmentItem> Attachments,
    IReadOnlyList<ComplaintStatus> AllowedNext)
{
    /// <summary>Filed without an account ("tanpa akun"): there is no account behind it, only what the reporter left.</summary>
    public bool WithoutAccount { get; init; }

    /// <summary>How it reached the inspectorate, and the day received when staff recorded it.</summary>
    public ComplaintChannel Channel { get; init; }

    public DateOnly? ReceivedOn { get; init; }
}
