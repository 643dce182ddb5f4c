using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Gratifikasi;

public class DetailModel(ReporterGratifications gratifications, EvidenceIntake evidence) : ReporterDetailPage<GratificationListItem, GratificationDetail>(gratifications, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada UPG.",
        ["lengkap"] = "Terima kasih. Kelengkapan Anda tersimpan dan laporan kembali diverifikasi UPG.",
    };

    private static readonly ReporterCaseLabels Words = new(
        "/Gratifikasi/Detail", "Nomor registrasi laporan gratifikasi", "Unduh tanda terima (PDF)", ReceiptAsButton: true,
        "Lengkapi laporan gratifikasi", "/Features/Gratifikasi/_GratificationCompletionIntro.cshtml", "UPG", "Petugas UPG",
        "Jawab yang diminta UPG: misalnya uraian objek, nilai taksiran, atau kronologi yang lebih lengkap.",
        "Dokumen pendukung", "Tidak ada dokumen pendukung.", "dokumen pendukung");

    public override ReporterCaseLabels Labels => Words;

    public override string ReceiptAddress => "/Gratifikasi/TandaTerima/" + Report.RegistrationNumber;

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    protected override ReporterCaseFacts FactsOf(GratificationDetail report) => ReporterCaseFacts.Of(
        report.RegistrationNumber, report.Status, GratificationStatus.PerluDilengkapi, report.SubmittedAt, report.UpdatedAt, report.DueOn,
        report.History.Select(h => new ReporterCaseStep<GratificationStatus>(h.Status, h.At, h.Note, h.Kind == ReportEventKind.Completed)).ToList(),
        report.Messages, report.Attachments, s => s.Display());
}
