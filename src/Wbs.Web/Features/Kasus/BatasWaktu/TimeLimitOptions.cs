namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The service limits every case is held to, in working days (section "Wbs:TimeLimits"). Verification uses the
/// deadline setting <c>Wbs:Deadlines:VerificationWorkingDays</c> (saved by the admin), so there is one number for it.
/// </summary>
public sealed class TimeLimitOptions
{
    public const string Section = "Wbs:TimeLimits";

    /// <summary>
    /// Working days from the day a report was received to its acknowledgement (the registration number and receipt,
    /// given automatically on submission or when staff record it). 0: the same day (ISO 37002 8.1, "immediately").
    /// </summary>
    public int AcknowledgementWorkingDays { get; set; }

    /// <summary>
    /// The longest a case may stay open without feedback to the reporter (a staff message or a status change with a
    /// note for the reporter). 10 working days is two weeks: the reporter hears at least twice within a 20-working-day
    /// completion window and long before the EU directive's three-month bound for feedback.
    /// </summary>
    public int FeedbackWorkingDays { get; set; } = 10;
}
