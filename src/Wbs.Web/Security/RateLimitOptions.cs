namespace Wbs.Web.Security;

/// <summary>Limits per window (section "Wbs:RateLimits"); generous per address so a whole office behind one address can report.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Wbs:RateLimits";

    public int LoginPerAddressPerMinute { get; set; } = 60;
    public int RegistrationPerAddressPer10Minutes { get; set; } = 30;
    public int PasswordResetPerAddressPer10Minutes { get; set; } = 20;
    public int SubmissionsPerAccountPerHour { get; set; } = 20;

    /// <summary>Receipt checks at /verifikasi (typed, by QR code or uploaded) per address.</summary>
    public int VerificationsPerAddressPer10Minutes { get; set; } = 30;
}
