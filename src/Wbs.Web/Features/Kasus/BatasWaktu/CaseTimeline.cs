namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The days of a case that the time limits and the periodic report are measured on, all local days of the agency:
/// received (a recorded letter's day received, else the day submitted), acknowledged (the day the number was given),
/// the first verification decision, the first and the last feedback to the reporter, and closing (first final status).
/// </summary>
public sealed record CaseTimeline(
    DateOnly ReceivedOn, DateOnly AcknowledgedOn, DateOnly? VerifiedOn, DateOnly? FirstFeedbackOn, DateOnly? LastFeedbackOn, DateOnly? ClosedOn)
{
    public bool IsOpen => ClosedOn is null;
}
