using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>A deadline as staff read it: working days left, or how far past it is.</summary>
public sealed record DeadlineLabel(DeadlineState State, string Text, int? WorkingDaysLeft)
{
    public static readonly DeadlineLabel None = new(DeadlineState.None, "—", null);

    public static DeadlineLabel Of(DateOnly? due, DateOnly today, IReadOnlySet<DateOnly> holidays)
    {
        if (due is not { } day)
        {
            return None;
        }

        // Past the date counts as late (as the inbox's overdue filter does), even when no working day has passed since.
        var left = WorkingDays.Between(today, day, holidays);
        if (day < today)
        {
            return new(DeadlineState.Overdue, left < 0 ? $"Terlambat {-left} hari kerja" : "Lewat batas akhir", left);
        }

        return day == today
            ? new(DeadlineState.DueSoon, "Batas akhir hari ini", 0)
            : new(left <= 1 ? DeadlineState.DueSoon : DeadlineState.OnTrack, $"{left} hari kerja lagi", left);
    }

    public string CssClass => State switch
    {
        DeadlineState.Overdue => "deadline deadline-overdue",
        DeadlineState.DueSoon => "deadline deadline-soon",
        DeadlineState.OnTrack => "deadline deadline-ok",
        _ => "deadline",
    };
}
