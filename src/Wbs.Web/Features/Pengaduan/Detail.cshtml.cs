using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Pengaduan;

public class DetailModel(ReporterComplaints reports, EvidenceIntake evidence) : ReporterDetailPage<ComplaintListItem, ComplaintDetail>(reports, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    /// <summary>The public note with which staff asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == ComplaintStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;
}
