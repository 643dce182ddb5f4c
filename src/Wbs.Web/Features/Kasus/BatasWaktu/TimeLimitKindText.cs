namespace Wbs.Web.Features.Kasus.BatasWaktu;

public static class TimeLimitKindText
{
    public static string Display(this TimeLimitKind kind) => kind switch
    {
        TimeLimitKind.Acknowledgement => "Tanda terima",
        TimeLimitKind.Verification => "Verifikasi",
        TimeLimitKind.Feedback => "Umpan balik kepada pelapor",
        _ => kind.ToString(),
    };

    /// <summary>The word used in addresses and data attributes.</summary>
    public static string Key(this TimeLimitKind kind) => kind switch
    {
        TimeLimitKind.Acknowledgement => "tanda-terima",
        TimeLimitKind.Verification => "verifikasi",
        _ => "umpan-balik",
    };
}
