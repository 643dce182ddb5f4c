using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Features.Staf;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>
/// The Inspektur's periodic report (Laporan Berkala) of complaints received in a quarter or a year: read from the
/// plain columns and the history only, never from sealed content, so it names no reporter and opens no report.
/// Every download is written to the audit chain like the inbox export.
/// </summary>
public sealed class PeriodicReports(WbsDbContext db, Deadlines deadlines, TimeLimits limits, AgencyClock clock, AuditLog audit, IOptionsMonitor<AgencyOptions> agency)
{
    public const string PdfType = "application/pdf";

    /// <summary>The years that can be asked for: from the first complaint's to this one.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct)
    {
        var first = await db.Complaints.MinAsync(r => (DateTime?)r.SubmittedAt, ct);
        var firstReceived = await db.Complaints.Where(r => r.ReceivedOn != null).MinAsync(r => r.ReceivedOn, ct);
        var thisYear = clock.Today.Year;
        var from = Math.Min(first is { } at ? clock.ToLocal(at).Year : thisYear, firstReceived?.Year ?? thisYear);
        return [.. Enumerable.Range(from, thisYear - from + 1).Reverse()];
    }

    public async Task<PeriodicReport> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var cases = await CasesAsync(period, ct);
        var holidays = await deadlines.HolidaysAsync(ct);
        var today = clock.Today;
        bool Past(CaseTimeline t) => limits.Evaluate(t, holidays).Any(l => l.Overdue);
        var types = await db.ViolationTypes.AsNoTracking().OrderBy(v => v.SortOrder).Select(v => v.Name).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => u.Name).ToListAsync(ct);
        var measured = KpiCalculator.Measure(cases, holidays, Past);
        return new PeriodicReport(
            period, clock.UtcNow,
            KpiCalculator.Row("Semua pengaduan", measured, today),
            KpiCalculator.Rows(measured, c => c.Channel, c => c.Display(), Enum.GetValues<ComplaintChannel>(), today),
            KpiCalculator.Rows(measured, c => c.ViolationType, n => n, types.Concat(cases.Select(c => c.ViolationType).Order(StringComparer.Ordinal)), today),
            KpiCalculator.Rows(measured, c => c.Unit ?? KpiCalculator.NoUnit, n => n,
                units.Concat(cases.Select(c => c.Unit ?? KpiCalculator.NoUnit).Order(StringComparer.Ordinal)).Append(KpiCalculator.NoUnit), today));
    }

    /// <summary>
    /// The complaints received in the period (a recorded letter by its day received, else by the day submitted). Three
    /// plain reads joined on the period's complaints (the reports, their status changes, their staff messages) and
    /// put together here: a join the database answers in one pass, rather than subqueries per complaint.
    /// </summary>
    public async Task<List<KpiCase>> CasesAsync(ReportPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var (fromUtc, toUtc) = (clock.StartOfDayUtc(from), clock.StartOfDayUtc(to.AddDays(1)));
        var inPeriod = db.Complaints.AsNoTracking()
            .Where(r => r.ReceivedOn != null ? r.ReceivedOn >= from && r.ReceivedOn <= to : r.SubmittedAt >= fromUtc && r.SubmittedAt < toUtc);
        var rows = await inPeriod
            .Select(r => new
            {
                r.Id, r.Channel, ViolationType = r.ViolationType!.Name, Unit = r.Unit == null ? null : r.Unit.Name, r.Status, r.Outcome, r.DueOn,
                r.ReceivedOn, r.SubmittedAt, r.ResolvedAt,
            })
            .ToListAsync(ct);
        var changes = (await db.ComplaintEvents.AsNoTracking()
                .Where(e => e.Kind == ReportEventKind.StatusChanged)
                .Join(inPeriod, e => e.ReportId, r => r.Id, (e, r) => new { e.ReportId, e.Status, e.At, Noted = e.SealedPublicNote != null })
                .ToListAsync(ct))
            .ToLookup(e => e.ReportId);
        var messages = (await db.ReportMessages.AsNoTracking()
                .Where(m => m.FromStaff)
                .Join(inPeriod, m => m.ReportId, r => r.Id, (m, r) => new { m.ReportId, m.At })
                .ToListAsync(ct))
            .ToLookup(m => m.ReportId);
        return [.. rows.Select(r =>
        {
            var history = changes[r.Id].ToList();
            var feedback = history.Where(e => e.Noted).Select(e => e.At).Concat(messages[r.Id].Select(m => m.At)).Order().ToList();
            var verified = history.Where(e => TimeLimitQueries.VerifiedComplaint.Contains(e.Status)).Select(e => (DateTime?)e.At).Min();
            return new KpiCase(r.Channel, r.ViolationType, r.Unit, r.Status, r.Outcome, history.Any(e => e.Status == ComplaintStatus.Ditindaklanjuti), r.DueOn,
                limits.Timeline(r.ReceivedOn, r.SubmittedAt, verified, feedback.Count == 0 ? null : feedback[0], feedback.Count == 0 ? null : feedback[^1], r.ResolvedAt));
        })];
    }

    public async Task<ExportFile> XlsxAsync(StaffActor actor, ReportPeriod period, CancellationToken ct)
    {
        var report = await BuildAsync(period, ct);
        var file = new ExportFile(PeriodicReportXlsx.Render(report, clock), InboxExport.XlsxType, $"laporan-berkala-{period.Slug}.xlsx", report.Total.Received);
        await AuditAsync(actor, "xlsx", report, ct);
        return file;
    }

    public async Task<ExportFile> PdfAsync(StaffActor actor, ReportPeriod period, CancellationToken ct)
    {
        var report = await BuildAsync(period, ct);
        var file = new ExportFile(PeriodicReportPdf.Render(report, agency.CurrentValue, clock), PdfType, $"laporan-berkala-{period.Slug}.pdf", report.Total.Received);
        await AuditAsync(actor, "pdf", report, ct);
        return file;
    }

    private Task AuditAsync(StaffActor actor, string format, PeriodicReport report, CancellationToken ct) =>
        audit.AppendAsync(actor.UserName, AuditActions.Export, "laporan-berkala",
            string.Create(CultureInfo.InvariantCulture, $"format={format} periode={report.Period.Slug} pengaduan={report.Total.Received}"), ct);

}
