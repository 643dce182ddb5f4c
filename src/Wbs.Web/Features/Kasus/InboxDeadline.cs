using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Kasus;

/// <summary>An inbox row's deadline cell: how it stands today and the day it falls on (none once a case is final).</summary>
public sealed record InboxDeadline(DeadlineLabel Label, DateOnly? DueOn)
{
    /// <summary>The service limits this case is past (README, "Batas waktu layanan"); empty when none.</summary>
    public IReadOnlyList<TimeLimitKind> PastTimeLimits { get; init; } = [];

    public bool IsOverdue => Label.State == DeadlineState.Overdue;
}
