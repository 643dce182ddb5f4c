using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>One entry of the history, its status in words.</summary>
public sealed record StaffCaseEntry(ReportEventKind Kind, StaffCaseStatus Status, DateTime At, string? Actor, string? PublicNote, string? InternalNote);
