using System.Globalization;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>What the deadline box on the form shows: nothing yet, a problem with the date, or the computed deadline.</summary>
public sealed record DeadlinePreview(ReportingDeadline? Deadline, string Message)
{
    public static readonly DeadlinePreview Empty = new(null, "Isi tanggal penerimaan untuk melihat batas waktu pelaporan (30 hari kerja sejak tanggal penerimaan).");

    public static readonly DeadlinePreview AfterDateFixed = new(null, "Batas waktu pelaporan dihitung setelah tanggal penerimaan diperbaiki.");

    public static DeadlinePreview Problem(string message) => new(null, message);

    public static DeadlinePreview Of(ReportingDeadline deadline) => new(deadline, deadline.FormMessage);

    /// <summary>open, near, passed, or none when there is no deadline to show; also the box's CSS modifier.</summary>
    public string State => Deadline?.State.ToString().ToLowerInvariant() ?? "none";

    public bool IsWarning => Deadline?.State is ReportingDeadlineState.Near or ReportingDeadlineState.Passed;

    public string? LeftText => Deadline switch
    {
        null => null,
        { WorkingDaysLeft: < 0 } d => $"Terlambat {-d.WorkingDaysLeft} hari kerja.",
        { State: ReportingDeadlineState.Passed } => "Batas waktu sudah lewat.",
        { WorkingDaysLeft: 0 } => "Hari ini hari terakhir.",
        var d => $"Sisa {d.WorkingDaysLeft} hari kerja.",
    };

    public object ToJson() => new
    {
        valid = Deadline is not null,
        state = State,
        warning = IsWarning,
        deadline = Deadline?.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        deadlineText = Deadline?.DeadlineText,
        workingDaysLeft = Deadline?.WorkingDaysLeft,
        leftText = LeftText,
        message = Message,
    };
}
