namespace Wbs.Web.Domain;

public static class ComplaintChannelText
{
    public static string Display(this ComplaintChannel channel) => channel switch
    {
        ComplaintChannel.Web => "Situs web",
        ComplaintChannel.Surat => "Surat",
        ComplaintChannel.KotakPengaduan => "Kotak pengaduan",
        ComplaintChannel.DatangLangsung => "Datang langsung",
        ComplaintChannel.Telepon => "Telepon",
        ComplaintChannel.Email => "Email",
        ComplaintChannel.RujukanSp4nLapor => "Rujukan SP4N-LAPOR!",
        ComplaintChannel.Lainnya => "Lainnya",
        _ => channel.ToString(),
    };

    /// <summary>The channels staff record on Catat Laporan (all but the site itself).</summary>
    public static readonly ComplaintChannel[] Recorded = [.. Enum.GetValues<ComplaintChannel>().Where(c => c != ComplaintChannel.Web)];

    /// <summary>A channel by its stored name, case-insensitive; null when unknown.</summary>
    public static ComplaintChannel? Parse(string? name) =>
        Enum.TryParse<ComplaintChannel>(name?.Trim(), ignoreCase: true, out var channel) && Enum.IsDefined(channel) && !int.TryParse(name, out _) ? channel : null;
}
