namespace Wbs.Web.Features.Pengaduan;

/// <summary>What staff type on Catat Laporan besides the complaint's own fields, as text before any checks.</summary>
public sealed class RecordingDraft
{
    /// <summary>A channel by name (Surat, KotakPengaduan, DatangLangsung, Telepon, Email, RujukanSp4nLapor, Lainnya).</summary>
    public string? Channel { get; set; }

    /// <summary>The day received, yyyy-MM-dd.</summary>
    public string? ReceivedOn { get; set; }

    /// <summary>The SP4N-LAPOR! tracking number (required for a referral) or a note on the channel.</summary>
    public string? Reference { get; set; }

    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>The reporter wants to follow the case online (Lacak) and gets an access code on the receipt.</summary>
    public bool FollowOnline { get; set; }
}
