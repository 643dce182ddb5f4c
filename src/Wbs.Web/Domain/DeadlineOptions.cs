namespace Wbs.Web.Domain;

/// <summary>Deadlines in working days (section "Wbs:Deadlines").</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Wbs:Deadlines";

    public int VerificationWorkingDays { get; set; } = 5;
    public int CompletionWorkingDays { get; set; } = 20;
    public int FollowUpWorkingDays { get; set; } = 60;

    /// <summary>How long the UPG has to forward a gratification report to KPK.</summary>
    public int GratificationForwardingWorkingDays { get; set; } = 10;
}
