namespace Wbs.Web.Features.Lacak;

/// <summary>Settings of reporting without an account (section "Wbs:Anonymous").</summary>
public sealed class AnonymousOptions
{
    public const string Section = "Wbs:Anonymous";

    /// <summary>Code checks (Lacak, the API session, the receipt with code) one address may try in ten minutes, in memory.</summary>
    public int ChecksPerAddressPer10Minutes { get; set; } = 10;

    /// <summary>Complaints one address may file without an account in an hour, in memory.</summary>
    public int SubmissionsPerAddressPerHour { get; set; } = 10;

    /// <summary>A Lacak session ends after this many minutes without a request; an API token lives this long.</summary>
    public int SessionIdleMinutes { get; set; } = 15;
}
