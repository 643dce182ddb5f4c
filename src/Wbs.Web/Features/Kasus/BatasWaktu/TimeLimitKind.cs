namespace Wbs.Web.Features.Kasus.BatasWaktu;

/// <summary>The service limits a case is held to (see README, "Batas waktu layanan").</summary>
public enum TimeLimitKind
{
    /// <summary>Tanda terima: the report acknowledged with its number.</summary>
    Acknowledgement,

    /// <summary>Verifikasi: the first verification decision.</summary>
    Verification,

    /// <summary>Umpan balik: a word to the reporter at least every N working days while open.</summary>
    Feedback,
}

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
