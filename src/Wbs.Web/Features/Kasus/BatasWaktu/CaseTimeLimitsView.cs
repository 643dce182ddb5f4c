namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>What the staff case page's "Batas waktu layanan" section shows: the case's limits and the day they are read on.</summary>
public sealed record CaseTimeLimitsView(IReadOnlyList<TimeLimitCheck> Checks, DateOnly? LastFeedbackOn, DateOnly Today, IReadOnlySet<DateOnly> Holidays)
{
    public static readonly CaseTimeLimitsView Empty = new([], null, default, new HashSet<DateOnly>());

    public string Title(TimeLimitCheck check) => check.Kind switch
    {
        TimeLimitKind.Acknowledgement => check.WorkingDays == 0 ? "Tanda terima (hari yang sama dengan diterima)" : $"Tanda terima ({check.WorkingDays} hari kerja sejak diterima)",
        TimeLimitKind.Verification => $"Verifikasi ({check.WorkingDays} hari kerja sejak diterima)",
        _ => $"Umpan balik kepada pelapor (paling lambat tiap {check.WorkingDays} hari kerja selama kasus terbuka)",
    };
}
