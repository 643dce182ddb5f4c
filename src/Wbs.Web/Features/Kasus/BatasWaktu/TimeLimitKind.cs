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
