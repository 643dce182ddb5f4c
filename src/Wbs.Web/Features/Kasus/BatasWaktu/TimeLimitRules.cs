using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The service limits measured on a case's <see cref="CaseTimeline"/>; no database, so every rule is tested on its own.
/// Each limit counts working days from a day (that day not counted), as the status deadlines do.
/// </summary>
public static class TimeLimitRules
{
    public static IReadOnlyList<TimeLimitCheck> Evaluate(
        CaseTimeline timeline, int acknowledgementDays, int verificationDays, int feedbackDays, DateOnly today, IReadOnlySet<DateOnly> holidays)
    {
        var ackDue = WorkingDays.Add(timeline.ReceivedOn, acknowledgementDays, holidays);
        var acknowledgement = new TimeLimitCheck(TimeLimitKind.Acknowledgement, acknowledgementDays, ackDue, timeline.AcknowledgedOn, timeline.AcknowledgedOn > ackDue);

        var verifyDue = WorkingDays.Add(timeline.ReceivedOn, verificationDays, holidays);
        var verified = timeline.VerifiedOn ?? timeline.ClosedOn;
        var verification = new TimeLimitCheck(TimeLimitKind.Verification, verificationDays, verifyDue, verified, (verified ?? today) > verifyDue);

        // While open the limit runs from the last word to the reporter (or from receipt); a closed case owes none.
        TimeLimitCheck feedback;
        if (timeline.IsOpen)
        {
            var due = WorkingDays.Add(timeline.LastFeedbackOn ?? timeline.ReceivedOn, feedbackDays, holidays);
            feedback = new TimeLimitCheck(TimeLimitKind.Feedback, feedbackDays, due, null, today > due);
        }
        else
        {
            feedback = new TimeLimitCheck(TimeLimitKind.Feedback, feedbackDays, null, timeline.LastFeedbackOn, false);
        }

        return [acknowledgement, verification, feedback];
    }

    /// <summary>
    /// The latest day a limit of <paramref name="days"/> working days may start on and still fall on or before
    /// <paramref name="lastDue"/>: a limit that started on or before it is due by then. Lets the database select
    /// overdue or soon-due cases with a plain date comparison, since <see cref="WorkingDays.Add"/> never decreases.
    /// </summary>
    public static DateOnly LatestStart(int days, DateOnly lastDue, IReadOnlySet<DateOnly> holidays)
    {
        var start = lastDue.AddDays(-days);
        while (WorkingDays.Add(start, days, holidays) > lastDue)
        {
            start = start.AddDays(-1);
        }

        return start;
    }
}
