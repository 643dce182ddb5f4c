namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// One limit of one case: the day it falls on, the day it was met (null while it runs), and whether it was or is late.
/// A feedback limit of a closed case has no due day: it ran only while the case was open.
/// </summary>
public sealed record TimeLimitCheck(TimeLimitKind Kind, int WorkingDays, DateOnly? DueOn, DateOnly? MetOn, bool Late)
{
    /// <summary>Still running and past its day: what the inbox flags and the digest reports.</summary>
    public bool Overdue => Late && MetOn is null;
}
