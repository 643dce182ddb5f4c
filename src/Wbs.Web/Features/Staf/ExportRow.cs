using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>One exported report: what periodic reporting needs, never who reported it.</summary>
public sealed record ExportRow(
    string RegistrationNumber, DateTime SubmittedAt, ComplaintChannel Channel, DateOnly? ReceivedOn, string? Title, string ViolationType, string? Unit, ComplaintStatus Status,
    DateTime StatusChangedAt, string? Handler, DateOnly? DueOn, DeadlineState Deadline, ComplaintOutcome? Outcome, string? ForwardedTo,
    DateTime? ResolvedAt);
