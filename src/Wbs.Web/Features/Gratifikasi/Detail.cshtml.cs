using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

public class DetailModel(ReporterGratifications gratifications, EvidenceIntake evidence) : ReporterDetailPage<GratificationListItem, GratificationDetail>(gratifications, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada UPG.",
        ["lengkap"] = "Terima kasih. Kelengkapan Anda tersimpan dan laporan kembali diverifikasi UPG.",
    };

    /// <summary>The public note with which the UPG asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == GratificationStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;
}
