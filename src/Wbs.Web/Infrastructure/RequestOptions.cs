namespace Wbs.Web.Infrastructure;

/// <summary>How long a request body may go quiet and how slow it may be before it is cut off (section "Wbs:Requests").</summary>
public sealed class RequestOptions
{
    public const string Section = "Wbs:Requests";

    /// <summary>Seconds without a single byte of body after which the upload is answered 408.</summary>
    public int BodyIdleSeconds { get; set; } = 30;

    /// <summary>Kestrel's minimum body rate, averaged after the grace period; far below a slow phone connection.</summary>
    public int MinBodyBytesPerSecond { get; set; } = 100;

    public int MinBodyRateGraceSeconds { get; set; } = 30;
}
