using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Pengaduan;

public sealed record ComplaintInboxFilter(
    ComplaintStatus? Status = null, int? ViolationTypeId = null, int? UnitId = null, string? HandlerId = null,
    bool OverdueOnly = false, string? Number = null, int Page = 1, int PageSize = 25,
    DateOnly? SubmittedFrom = null, DateOnly? SubmittedTo = null, ComplaintChannel? Channel = null)
{
    /// <summary>Only cases past a service limit (verification, feedback), as <see cref="TimeLimits.OverdueCutoffsAsync"/> selects them.</summary>
    public TimeLimitCutoffs? PastTimeLimits { get; init; }

    /// <summary>The number of the row this page follows (the pager's "next"): the page is read from it on.</summary>
    public string? After { get; init; }

    /// <summary>The number of the row this page precedes (the pager's "previous").</summary>
    public string? Before { get; init; }
}
