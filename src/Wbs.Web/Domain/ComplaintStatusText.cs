namespace Wbs.Web.Domain;

public static class ComplaintStatusText
{
    public static string Display(this ComplaintStatus status) => status switch
    {
        ComplaintStatus.Diterima => "Diterima",
        ComplaintStatus.Verifikasi => "Verifikasi",
        ComplaintStatus.PerluDilengkapi => "Perlu Dilengkapi",
        ComplaintStatus.Ditindaklanjuti => "Ditindaklanjuti",
        ComplaintStatus.Diteruskan => "Diteruskan",
        ComplaintStatus.Ditolak => "Ditolak",
        ComplaintStatus.Selesai => "Selesai",
        _ => status.ToString(),
    };

    public static bool IsFinal(this ComplaintStatus status) =>
        status is ComplaintStatus.Diteruskan or ComplaintStatus.Ditolak or ComplaintStatus.Selesai;
}
