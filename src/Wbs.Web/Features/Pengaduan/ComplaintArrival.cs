using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>How and when a complaint reached the inspectorate; what reporters file on the site is received as it is stored.</summary>
/// <param name="ReceivedOn">The local day it was received (not in the future); its first deadline counts from here.</param>
/// <param name="Reference">The SP4N-LAPOR! tracking number or another note on the channel; sealed with the content.</param>
public sealed record ComplaintArrival(ComplaintChannel Channel, DateOnly? ReceivedOn, string? Reference = null)
{
    public static readonly ComplaintArrival Web = new(ComplaintChannel.Web, null);
}
