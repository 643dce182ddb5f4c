using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.StatisticsBench;

/// <summary>
/// A plausible history for a synthetic complaint, ending in the status it was given: submitted, Verifikasi within a
/// few days (with a note), the decision, and the final step at its resolution time; half get a staff message.
/// Ids are given here because the rows bypass the database's own numbering.
/// </summary>
internal sealed class History(ContentSealer sealer, DateTime now)
{
    private readonly List<ComplaintEvent> events = [];
    private readonly List<ReportMessage> messages = [];
    private long nextEvent = 1;
    private long nextMessage = 1;

    public long Events => nextEvent - 1;
    public long Messages => nextMessage - 1;

    public void Add(Random random, Complaint report)
    {
        var at = report.SubmittedAt;
        Event(report, ComplaintStatus.Diterima, ReportEventKind.Submitted, at, note: false);
        if (report.Status == ComplaintStatus.Diterima)
        {
            return;
        }

        var end = report.ResolvedAt ?? now;
        DateTime Next(int maxDays)
        {
            var next = at.AddHours(random.Next(1, (24 * maxDays) + 1));
            return at = next < end ? next : at.AddTicks((end - at).Ticks / 2);
        }

        Event(report, ComplaintStatus.Verifikasi, ReportEventKind.StatusChanged, Next(4), note: true);
        if (random.Next(2) == 0)
        {
            messages.Add(new ReportMessage { Id = nextMessage++, ReportId = report.Id, FromStaff = true, At = Next(3), SealedBody = sealer.Seal(report.Id, "Laporan Anda sedang kami periksa.") });
        }

        if (report.Status == ComplaintStatus.Verifikasi)
        {
            return;
        }

        var decision = report.Status is ComplaintStatus.Selesai ? ComplaintStatus.Ditindaklanjuti : report.Status;
        Event(report, decision, ReportEventKind.StatusChanged, report.ResolvedAt is { } resolved && decision == report.Status ? resolved : Next(8), note: true);
        if (report.Status == ComplaintStatus.Selesai)
        {
            report.Outcome = random.Next(2) == 0 ? ComplaintOutcome.Terbukti : ComplaintOutcome.TidakTerbukti;
            Event(report, ComplaintStatus.Selesai, ReportEventKind.StatusChanged, report.ResolvedAt!.Value, note: true);
        }
    }

    public async Task FlushAsync(WbsDbContext db)
    {
        await BulkInsert.InsertAsync(db, events);
        await BulkInsert.InsertAsync(db, messages);
        events.Clear();
        messages.Clear();
    }

    private void Event(Complaint report, ComplaintStatus status, ReportEventKind kind, DateTime at, bool note) =>
        events.Add(new ComplaintEvent
        {
            Id = nextEvent++, ReportId = report.Id, Status = status, Kind = kind, At = at,
            SealedPublicNote = note ? sealer.Seal(report.Id, "Status laporan diperbarui.") : null,
        });
}
