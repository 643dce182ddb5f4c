using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>One entry of a case's history as staff see it, notes opened, in the status type of its kind of report.</summary>
public sealed record CaseEvent<TStatus>(ReportEventKind Kind, TStatus Status, DateTime At, string? Actor, string? PublicNote, string? InternalNote);
