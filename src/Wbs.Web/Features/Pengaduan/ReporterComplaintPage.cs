using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>
/// A complaint's page for its reporter, with an account or through a Lacak session: the same report, notices and
/// words; the two pages differ only in their address, their receipt and how staff may reach the reporter.
/// </summary>
public abstract class ReporterComplaintPage(ReporterComplaints reports, EvidenceIntake evidence)
    : ReporterDetailPage<ComplaintListItem, ComplaintDetail>(reports, evidence)
{
    private static readonly Dictionary<string, string> Done = new()
    {
        ["pesan"] = "Pesan Anda terkirim kepada petugas.",
        ["lengkap"] = "Terima kasih. Informasi tambahan Anda tersimpan dan pengaduan kembali diverifikasi.",
    };

    protected override IReadOnlyDictionary<string, string> DoneNotices => Done;

    /// <summary>The complaint's words, at <paramref name="address"/> and with its receipt link's text.</summary>
    protected static ReporterCaseLabels LabelsAt(string address, string receiptText) => new(
        address, "Nomor registrasi", receiptText, ReceiptAsButton: false, "Lengkapi pengaduan", "/Features/Pengaduan/_ComplaintCompletionIntro.cshtml",
        "petugas", "Petugas Inspektorat", "Jawab yang diminta petugas: misalnya nama terlapor, waktu atau tempat kejadian yang lebih tepat.",
        "Berkas bukti", "Tidak ada berkas bukti.", "berkas bukti");

    protected override ReporterCaseFacts FactsOf(ComplaintDetail report) => ReporterCaseFacts.Of(
        report.RegistrationNumber, report.Status, ComplaintStatus.PerluDilengkapi, report.SubmittedAt, report.UpdatedAt, report.DueOn,
        report.History.Select(h => new ReporterCaseStep<ComplaintStatus>(h.Status, h.At, h.Note)).ToList(), report.Messages, report.Attachments,
        s => s.Display());
}
