using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>An inbox row's deadline cell: how it stands today and the day it falls on (none once a case is final).</summary>
public sealed record InboxDeadline(DeadlineLabel Label, DateOnly? DueOn)
{
    public bool IsOverdue => Label.State == DeadlineState.Overdue;
}
