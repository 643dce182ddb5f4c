using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>The UPG inbox filters: status, past the UPG's deadline, reported after the legal deadline, a number or part of one, report and object type.</summary>
public sealed record GratificationInboxFilter(
    GratificationStatus? Status = null, bool OverdueOnly = false, bool ReportedLateOnly = false, string? Number = null, int Page = 1, int PageSize = 25,
    GratificationReportType? ReportType = null, GiftObjectType? ObjectType = null)
{
    /// <summary>Only cases past a service limit (verification, feedback), as <see cref="TimeLimits.OverdueCutoffsAsync"/> selects them.</summary>
    public TimeLimitCutoffs? PastTimeLimits { get; init; }
}
