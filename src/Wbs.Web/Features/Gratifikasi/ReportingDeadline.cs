using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// The legal deadline to report a gift: 30 working days after the day it was received, the day itself not counted,
/// weekends and the agency's holidays excluded (UU 20/2001 Pasal 12C; Peraturan KPK 2/2019).
/// </summary>
public sealed record ReportingDeadline(DateOnly ReceivedOn, DateOnly Deadline, DateOnly AsOf, int WorkingDaysLeft)
{
    public static ReportingDeadline Compute(DateOnly receivedOn, DateOnly asOf, IReadOnlySet<DateOnly> holidays) =>
        Of(receivedOn, DeadlineFor(receivedOn, holidays), asOf, holidays);

    /// <summary>The last day to report a gift received on <paramref name="receivedOn"/>.</summary>
    public static DateOnly DeadlineFor(DateOnly receivedOn, IReadOnlySet<DateOnly> holidays) =>
        WorkingDays.Add(receivedOn, GratificationWorkflow.ReportingWorkingDays, holidays);

    /// <summary>A deadline already fixed (as stored with a report), seen from <paramref name="asOf"/>.</summary>
    public static ReportingDeadline Of(DateOnly receivedOn, DateOnly deadline, DateOnly asOf, IReadOnlySet<DateOnly> holidays) =>
        new(receivedOn, deadline, asOf, WorkingDays.Between(asOf, deadline, holidays));

    /// <summary>Past the date is late even when no working day lies between (a Friday deadline seen on Sunday).</summary>
    public ReportingDeadlineState State => AsOf > Deadline
        ? ReportingDeadlineState.Passed
        : WorkingDaysLeft <= GratificationWorkflow.WarningWorkingDays ? ReportingDeadlineState.Near : ReportingDeadlineState.Open;

    /// <summary>
    /// What a late report risks, in the words every late notice uses (form, receipt, reporter's and UPG's pages, KPK
    /// form): Peraturan KPK 1/2026 lets KPK declare a gift reported after 30 working days state property, and UU 20/2001
    /// Pasal 12B still applies.
    /// </summary>
    public const string LateConsequence =
        "Gratifikasi yang dilaporkan lebih dari 30 hari kerja sejak diterima dapat ditetapkan menjadi milik negara (Peraturan KPK 1/2026), dan Pasal 12B UU 20/2001 tetap berlaku.";

    /// <summary>How many working days after the deadline the report is (or would be) made; 0 when in time.</summary>
    public int WorkingDaysLate => State == ReportingDeadlineState.Passed ? Math.Max(-WorkingDaysLeft, 0) : 0;

    /// <summary>The one line the receipt and the KPK form print about timeliness.</summary>
    public string TimelinessLine => State == ReportingDeadlineState.Passed
        ? $"Terlambat dilaporkan{(WorkingDaysLate > 0 ? $" {WorkingDaysLate} hari kerja" : "")} (melewati 30 hari kerja). {LateConsequence}"
        : "Dilaporkan tepat waktu";

    public string DeadlineText => Deadline.ToString("dddd, d MMMM yyyy", Culture.Indonesian);

    /// <summary>
    /// What the form's deadline box says under the date and the days left (as of today), which the box shows already:
    /// the message adds what the law says, never the date again.
    /// </summary>
    public string FormMessage => State switch
    {
        ReportingDeadlineState.Passed =>
            $"Batas waktu pelaporan sudah lewat. Menurut undang-undang, gratifikasi yang tidak dilaporkan dalam 30 hari kerja sejak diterima dianggap suap, kecuali KPK menetapkan lain. {LateConsequence} Tetap kirim laporan ini sekarang: KPK yang akan menilainya.",
        ReportingDeadlineState.Near =>
            "Segera kirim laporan ini: gratifikasi yang tidak dilaporkan dalam 30 hari kerja sejak diterima dianggap suap, kecuali KPK menetapkan lain.",
        _ => "30 hari kerja sejak tanggal penerimaan.",
    };

    /// <summary>What a submitted report's page says: reported in time or not (as of its submission date).</summary>
    public string SubmittedMessage => State == ReportingDeadlineState.Passed
        ? $"Laporan ini disampaikan setelah batas waktu ({DeadlineText}). Menurut undang-undang, gratifikasi yang terlambat dilaporkan dianggap suap, kecuali KPK menetapkan lain. {LateConsequence} UPG tetap meneruskannya ke KPK untuk ditetapkan."
        : $"Laporan ini disampaikan sebelum batas waktu pelaporan ({DeadlineText}).";
}
