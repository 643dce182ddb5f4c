namespace Wbs.Web.Domain;

/// <summary>The life cycle of a complaint; stored by name.</summary>
public enum ReportStatus
{
    Diterima,
    Verifikasi,
    PerluDilengkapi,
    Ditindaklanjuti,
    Diteruskan,
    Ditolak,
    Selesai,
}

public static class ReportStatusText
{
    public static string Display(this ReportStatus status) => status switch
    {
        ReportStatus.Diterima => "Diterima",
        ReportStatus.Verifikasi => "Verifikasi",
        ReportStatus.PerluDilengkapi => "Perlu Dilengkapi",
        ReportStatus.Ditindaklanjuti => "Ditindaklanjuti",
        ReportStatus.Diteruskan => "Diteruskan",
        ReportStatus.Ditolak => "Ditolak",
        ReportStatus.Selesai => "Selesai",
        _ => status.ToString(),
    };

    public static bool IsFinal(this ReportStatus status) =>
        status is ReportStatus.Diteruskan or ReportStatus.Ditolak or ReportStatus.Selesai;
}
