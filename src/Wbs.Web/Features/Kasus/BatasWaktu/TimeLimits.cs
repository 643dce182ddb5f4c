using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The service limits of cases (acknowledgement, verification, feedback to the reporter), computed from what is
/// stored anyway: the day received, the status history and the staff's messages. Nothing is written.
/// </summary>
public sealed class TimeLimits(WbsDbContext db, Deadlines deadlines, IOptions<TimeLimitOptions> options, AgencyClock clock)
{
    public TimeLimitOptions Settings => options.Value;

    public int VerificationWorkingDays => deadlines.Settings.VerificationWorkingDays;

    /// <summary>The three limits of one complaint, in the order acknowledgement, verification, feedback.</summary>
    public async Task<CaseTimeLimitsView> ForComplaintAsync(Guid id, CancellationToken ct) =>
        await ViewAsync((await ComplaintTimelinesAsync(db.Complaints.Where(r => r.Id == id), ct)).Single().Timeline, ct);

    public async Task<CaseTimeLimitsView> ForGratificationAsync(Guid id, CancellationToken ct) =>
        await ViewAsync((await GratificationTimelinesAsync(db.GratificationReports.Where(r => r.Id == id), ct)).Single().Timeline, ct);

    private async Task<CaseTimeLimitsView> ViewAsync(CaseTimeline timeline, CancellationToken ct)
    {
        var holidays = await deadlines.HolidaysAsync(ct);
        return new(Evaluate(timeline, holidays), timeline.LastFeedbackOn, clock.Today, holidays);
    }

    public IReadOnlyList<TimeLimitCheck> Evaluate(CaseTimeline timeline, IReadOnlySet<DateOnly> holidays) =>
        TimeLimitRules.Evaluate(timeline, options.Value.AcknowledgementWorkingDays, VerificationWorkingDays, options.Value.FeedbackWorkingDays, clock.Today, holidays);

    /// <summary>The cutoffs selecting limits due on or before <paramref name="lastDue"/> (yesterday: those overdue today).</summary>
    public async Task<TimeLimitCutoffs> CutoffsAsync(DateOnly lastDue, CancellationToken ct)
    {
        var holidays = await deadlines.HolidaysAsync(ct);
        var verification = TimeLimitRules.LatestStart(VerificationWorkingDays, lastDue, holidays);
        var feedback = TimeLimitRules.LatestStart(options.Value.FeedbackWorkingDays, lastDue, holidays);
        return new(verification, clock.StartOfDayUtc(verification.AddDays(1)), feedback, clock.StartOfDayUtc(feedback.AddDays(1)));
    }

    /// <summary>The cutoffs of the limits that are past today (the inbox's "lewat batas waktu layanan").</summary>
    public Task<TimeLimitCutoffs> OverdueCutoffsAsync(CancellationToken ct) => CutoffsAsync(clock.Today.AddDays(-1), ct);

    /// <summary>The running limits past today of the listed complaints, by number (for the inbox's marker).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TimeLimitKind>>> OverdueComplaintsAsync(IReadOnlyCollection<string> numbers, CancellationToken ct) =>
        Overdue(await ComplaintTimelinesAsync(db.Complaints.Where(r => numbers.Contains(r.RegistrationNumber)), ct), await deadlines.HolidaysAsync(ct));

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TimeLimitKind>>> OverdueGratificationsAsync(IReadOnlyCollection<string> numbers, CancellationToken ct) =>
        Overdue(await GratificationTimelinesAsync(db.GratificationReports.Where(r => numbers.Contains(r.RegistrationNumber)), ct), await deadlines.HolidaysAsync(ct));

    /// <summary>
    /// Every running verification or feedback limit, of both kinds of report, that falls within
    /// <paramref name="workingDays"/> working days from today or has passed, soonest first: what a daily digest lists.
    /// (Acknowledgement is met when a report is stored, so it never runs.)
    /// </summary>
    public async Task<IReadOnlyList<TimeLimitDue>> DueWithinAsync(int workingDays, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var holidays = await deadlines.HolidaysAsync(ct);
        var lastDue = WorkingDays.Add(clock.Today, workingDays, holidays);
        var cutoffs = await CutoffsAsync(lastDue, ct);
        var complaints = await ComplaintTimelinesAsync(db.Complaints.PastTimeLimits(db, cutoffs), ct);
        var gratifications = await GratificationTimelinesAsync(db.GratificationReports.PastTimeLimits(db, cutoffs), ct);
        var due = complaints.Select(c => (c.Number, Gratification: false, c.HandlerId, c.Timeline))
            .Concat(gratifications.Select(g => (g.Number, Gratification: true, HandlerId: (string?)null, g.Timeline)))
            .SelectMany(c => Evaluate(c.Timeline, holidays)
                .Where(l => l.MetOn is null && l.DueOn is { } d && d <= lastDue && l.Kind != TimeLimitKind.Acknowledgement)
                .Select(l => new TimeLimitDue(c.Number, c.Gratification, l.Kind, l.DueOn!.Value, l.Overdue, c.HandlerId)));
        return [.. due.OrderBy(d => d.DueOn).ThenBy(d => d.RegistrationNumber, StringComparer.Ordinal).ThenBy(d => d.Limit)];
    }

    private Dictionary<string, IReadOnlyList<TimeLimitKind>> Overdue(IEnumerable<(string Number, string? HandlerId, CaseTimeline Timeline)> cases, IReadOnlySet<DateOnly> holidays) =>
        cases.Select(c => (c.Number, Kinds: Evaluate(c.Timeline, holidays).Where(l => l.Overdue).Select(l => l.Kind).ToList()))
            .Where(c => c.Kinds.Count > 0)
            .ToDictionary(c => c.Number, c => (IReadOnlyList<TimeLimitKind>)c.Kinds);

    /// <summary>The timelines of the complaints in <paramref name="query"/>, read in one statement.</summary>
    public async Task<List<(string Number, string? HandlerId, CaseTimeline Timeline)>> ComplaintTimelinesAsync(IQueryable<Complaint> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Select(r => new
        {
            r.RegistrationNumber, r.AssignedToId, r.ReceivedOn, r.SubmittedAt, r.ResolvedAt,
            Verified = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && TimeLimitQueries.VerifiedComplaint.Contains(e.Status)).Min(e => (DateTime?)e.At),
            FirstNote = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null).Min(e => (DateTime?)e.At),
            LastNote = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null).Max(e => (DateTime?)e.At),
            FirstMessage = db.ReportMessages.Where(m => m.ReportId == r.Id && m.FromStaff).Min(m => (DateTime?)m.At),
            LastMessage = db.ReportMessages.Where(m => m.ReportId == r.Id && m.FromStaff).Max(m => (DateTime?)m.At),
        }).ToListAsync(ct);
        return [.. rows.Select(r => (r.RegistrationNumber, r.AssignedToId,
            Timeline(r.ReceivedOn, r.SubmittedAt, r.Verified, Earliest(r.FirstNote, r.FirstMessage), Latest(r.LastNote, r.LastMessage), r.ResolvedAt)))];
    }

    /// <summary>
    /// The timelines of gratification reports: received and acknowledged on the day submitted; closed when first Selesai
    /// or when it became Tidak Dapat Ditindaklanjuti.
    /// </summary>
    public async Task<List<(string Number, string? HandlerId, CaseTimeline Timeline)>> GratificationTimelinesAsync(IQueryable<GratificationReport> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Select(r => new
        {
            r.RegistrationNumber, r.SubmittedAt,
            Closed = r.ResolvedAt ?? (r.Status == GratificationStatus.TidakDapatDitindaklanjuti ? r.StatusChangedAt : (DateTime?)null),
            Verified = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && TimeLimitQueries.VerifiedGratification.Contains(e.Status)).Min(e => (DateTime?)e.At),
            FirstNote = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null).Min(e => (DateTime?)e.At),
            LastNote = r.Events.Where(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null).Max(e => (DateTime?)e.At),
            FirstMessage = db.ReportMessages.Where(m => m.ReportId == r.Id && m.FromStaff).Min(m => (DateTime?)m.At),
            LastMessage = db.ReportMessages.Where(m => m.ReportId == r.Id && m.FromStaff).Max(m => (DateTime?)m.At),
        }).ToListAsync(ct);
        return [.. rows.Select(r => (r.RegistrationNumber, (string?)null,
            Timeline(null, r.SubmittedAt, r.Verified, Earliest(r.FirstNote, r.FirstMessage), Latest(r.LastNote, r.LastMessage), r.Closed)))];
    }

    /// <summary>A case's timeline from its stored instants; a recorded complaint counts from its day received.</summary>
    public CaseTimeline Timeline(DateOnly? receivedOn, DateTime submittedAt, DateTime? verified, DateTime? firstFeedback, DateTime? lastFeedback, DateTime? closed) =>
        new(receivedOn ?? Day(submittedAt), Day(submittedAt), Day(verified), Day(firstFeedback), Day(lastFeedback), Day(closed));

    private DateOnly Day(DateTime utc) => DateOnly.FromDateTime(clock.ToLocal(utc));

    private DateOnly? Day(DateTime? utc) => utc is { } at ? Day(at) : null;

    private static DateTime? Earliest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTime? Latest(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
