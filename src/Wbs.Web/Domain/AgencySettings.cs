namespace Wbs.Web.Domain;

/// <summary>
/// The agency's settings as an admin saved them at run time: one row shared by every node. While no row exists the
/// values of the configuration file apply.
/// </summary>
public class AgencySettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public required string Region { get; set; }
    public required string City { get; set; }
    public required string Address { get; set; }

    /// <summary>Contact lines shown in the footer, one per line.</summary>
    public string ContactLines { get; set; } = "";
    public required string TimeZone { get; set; }
    public required string TimeZoneLabel { get; set; }
    public int VerificationWorkingDays { get; set; }
    public int CompletionWorkingDays { get; set; }
    public int FollowUpWorkingDays { get; set; }
    public int GratificationForwardingWorkingDays { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public IReadOnlyList<string> ContactLineList =>
        ContactLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
