using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Pengaduan;

public class DetailModel(ReporterComplaints reports, EvidenceIntake evidence) : ReporterDetailPage<ComplaintDetail>(evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    /// <summary>The public note with which staff asked for more information (the latest one).</summary>
    public string? CompletionRequest => Report.History.LastOrDefault(h => h.Status == ComplaintStatus.PerluDilengkapi)?.Note;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    protected override Task<ComplaintDetail?> FindAsync(string nomor, bool markRead, CancellationToken ct) =>
        reports.FindAsync(ReporterId, nomor, ct, markRead);

    protected override Task<AttachmentDownload?> DownloadAsync(string nomor, Guid id, CancellationToken ct) =>
        reports.DownloadAsync(ReporterId, nomor, id, ct);

    protected override Task<Outcome> SendMessageAsync(string nomor, string? body, CancellationToken ct) =>
        reports.SendMessageAsync(ReporterId, nomor, body, ct);

    // The report then returns to Verifikasi.
    protected override Task<Outcome> CompleteAsync(string nomor, string? information, IReadOnlyList<IncomingFile> files, CancellationToken ct) =>
        reports.CompleteAsync(ReporterId, nomor, information, files, ct);
}
