using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>
/// One complaint as the periodic report counts it: where it came from, what it reached, and its timeline. Holds no
/// content and nothing of the reporter.
/// </summary>
public sealed record KpiCase(
    ComplaintChannel Channel, string ViolationType, string? Unit, ComplaintStatus Status, ComplaintOutcome? Outcome,
    bool ReachedFollowUp, DateOnly? DueOn, CaseTimeline Timeline);
