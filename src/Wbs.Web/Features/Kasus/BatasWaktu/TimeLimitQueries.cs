using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>
/// The cases whose verification or feedback limit falls on or before the day the cutoffs were made for, as SQL
/// filters: a limit still runs when no verification decision, or no word to the reporter, came after its start.
/// </summary>
public static class TimeLimitQueries
{
    /// <summary>Complaint statuses reached by a verification decision.</summary>
    public static readonly ComplaintStatus[] VerifiedComplaint =
        [ComplaintStatus.PerluDilengkapi, ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Diteruskan, ComplaintStatus.Ditolak, ComplaintStatus.Selesai];

    public static readonly ComplaintStatus[] FinalComplaint = [ComplaintStatus.Diteruskan, ComplaintStatus.Ditolak, ComplaintStatus.Selesai];

    /// <summary>Every gratification status but Diajukan follows the UPG's first decision.</summary>
    public static readonly GratificationStatus[] VerifiedGratification =
    [
        GratificationStatus.DiverifikasiUpg, GratificationStatus.PerluDilengkapi, GratificationStatus.DiteruskanKeKpk,
        GratificationStatus.DitetapkanKpk, GratificationStatus.Selesai, GratificationStatus.TidakDapatDitindaklanjuti,
    ];

    public static readonly GratificationStatus[] FinalGratification = [GratificationStatus.Selesai, GratificationStatus.TidakDapatDitindaklanjuti];

    public static IQueryable<Complaint> PastTimeLimits(this IQueryable<Complaint> query, WbsDbContext db, TimeLimitCutoffs c) =>
        query.Where(r =>
            (!r.Events.Any(e => e.Kind == ReportEventKind.StatusChanged && VerifiedComplaint.Contains(e.Status))
                && (r.ReceivedOn != null ? r.ReceivedOn <= c.VerificationStart : r.SubmittedAt < c.VerificationBeforeUtc))
            || (!FinalComplaint.Contains(r.Status)
                && (r.ReceivedOn != null ? r.ReceivedOn <= c.FeedbackStart : r.SubmittedAt < c.FeedbackBeforeUtc)
                && !db.ReportMessages.Any(m => m.ReportId == r.Id && m.FromStaff && m.At >= c.FeedbackBeforeUtc)
                && !r.Events.Any(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null && e.At >= c.FeedbackBeforeUtc)));

    public static IQueryable<GratificationReport> PastTimeLimits(this IQueryable<GratificationReport> query, WbsDbContext db, TimeLimitCutoffs c) =>
        query.Where(r =>
            (!r.Events.Any(e => e.Kind == ReportEventKind.StatusChanged && VerifiedGratification.Contains(e.Status))
                && r.SubmittedAt < c.VerificationBeforeUtc)
            || (!FinalGratification.Contains(r.Status)
                && r.SubmittedAt < c.FeedbackBeforeUtc
                && !db.ReportMessages.Any(m => m.ReportId == r.Id && m.FromStaff && m.At >= c.FeedbackBeforeUtc)
                && !r.Events.Any(e => e.Kind == ReportEventKind.StatusChanged && e.SealedPublicNote != null && e.At >= c.FeedbackBeforeUtc)));
}
