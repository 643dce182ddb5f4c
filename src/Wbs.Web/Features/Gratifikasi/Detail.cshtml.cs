using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

public class DetailModel(ReporterGratifications gratifications, EvidenceIntake evidence) : ReporterDetailPage<GratificationDetail>(evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada UPG.",
        ["lengkap"] = "Terima kasih. Kelengkapan Anda tersimpan dan laporan kembali diverifikasi UPG.",
    };

    /// <summary>The public note with which the UPG asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == GratificationStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    protected override Task<GratificationDetail?> FindAsync(string nomor, bool markRead, CancellationToken ct) =>
        gratifications.FindAsync(ReporterId, nomor, ct, markRead);

    protected override Task<AttachmentDownload?> DownloadAsync(string nomor, Guid id, CancellationToken ct) =>
        gratifications.DownloadAsync(ReporterId, nomor, id, ct);

    protected override Task<Outcome> SendMessageAsync(string nomor, string? body, CancellationToken ct) =>
        gratifications.SendMessageAsync(ReporterId, nomor, body, ct);

    // The report then returns to Diajukan and the UPG's forwarding deadline starts again.
    protected override Task<Outcome> CompleteAsync(string nomor, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct) =>
        gratifications.CompleteAsync(ReporterId, nomor, information, files, ct);
}
