using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Documents;

/// <summary>
/// The case file (berkas pelimpahan) handed to a competent body: the 5W+1H content, the history in the words the reporter
/// saw, the conversation when included, the evidence files with their digests, and the identity only when included,
/// every page watermarked with its recipient.
/// </summary>
public static class HandoverDocument
{
    public const string Title = "BERKAS PELIMPAHAN PENGADUAN";

    public static byte[] Render(HandoverCaseFile file, AgencyOptions agency)
    {
        using var layout = new PdfLayout($"Berkas pelimpahan {file.RegistrationNumber}");
        Letterhead.Draw(layout, agency, "RAHASIA - hanya untuk instansi penerima; dilarang menggandakan atau meneruskan tanpa izin pengirim");
        layout.Paragraph(Title, 15, PdfLayout.Style.Bold, center: true);
        layout.Paragraph($"Disampaikan kepada {file.Recipient}", 10, center: true);
        layout.Space(6);

        layout.Box(() =>
        {
            layout.Row("Nomor registrasi", file.RegistrationNumber);
            layout.Row("Surat pengantar", $"Nomor {file.LetterNumber}, tanggal {Receipts.Date(file.LetterDate)}");
            layout.Row("Instansi penerima", file.Recipient);
            layout.Row("Diterima Inspektorat", file.Received);
            layout.Row("Kanal", file.Channel);
            layout.Row("Jenis pelanggaran", file.ViolationType);
            layout.Row("Unit kerja terkait", file.Unit);
            layout.Row("Disiapkan oleh", $"{file.PreparedBy}, {file.PreparedAt}");
        });

        layout.Heading("I. URAIAN PENGADUAN (5W+1H)");
        foreach (var (label, text) in file.Content)
        {
            layout.Paragraph(label, 9, PdfLayout.Style.Bold);
            layout.Redacted(text, indent: 14);
            layout.Space(4);
        }

        layout.Row("Waktu kejadian (When)", file.IncidentDates);
        if (file.EstimatedLoss is not null)
        {
            layout.Row("Perkiraan kerugian", file.EstimatedLoss);
        }

        layout.Heading("II. RIWAYAT PENANGANAN");
        foreach (var (at, status, note) in file.History)
        {
            layout.Paragraph($"{at} - {status}", 9, PdfLayout.Style.Bold);
            if (note is not null)
            {
                layout.Redacted(note, indent: 14);
            }

            layout.Space(3);
        }

        layout.Heading("III. KOMUNIKASI DENGAN PELAPOR");
        if (file.Messages.Count == 0)
        {
            layout.Paragraph("Tidak disertakan.");
        }

        foreach (var (at, from, text) in file.Messages)
        {
            layout.Paragraph($"{at} - {from}", 9, PdfLayout.Style.Bold);
            layout.Redacted(text, indent: 14);
            layout.Space(3);
        }

        layout.Heading("IV. BERKAS BUKTI");
        if (file.Files.Count == 0)
        {
            layout.Paragraph("Tidak ada berkas bukti yang disertakan.");
        }
        else
        {
            layout.Paragraph("Salinan yang telah dibersihkan dari metadata, terlampir dalam folder \"bukti\" paket ini; nilai SHA-256 dapat diperiksa dengan MANIFEST.sha256.", 9);
            layout.Space(4);
        }

        foreach (var entry in file.Files)
        {
            layout.Paragraph($"{entry.PackageName} ({entry.ContentType}, {EvidenceIntake.FormatSize(entry.Size)})");
            layout.Paragraph("SHA-256 " + entry.Sha256, 8, indent: 14);
        }

        layout.Heading("V. IDENTITAS PELAPOR");
        if (file.Identity is { } identity)
        {
            layout.Paragraph("Identitas pelapor disertakan atas keputusan Inspektur dengan alasan berikut; pelapor telah diberi tahu.", 9);
            layout.Paragraph(identity.Reason, 9, PdfLayout.Style.Italic, indent: 14);
            layout.Space(4);
            foreach (var (label, value) in identity.Lines)
            {
                layout.Row(label, value);
            }
        }
        else
        {
            layout.Paragraph("Tidak disertakan. Identitas dan kontak pelapor dirahasiakan sesuai ketentuan perlindungan pelapor; "
                + "permintaan keterangan kepada pelapor disampaikan melalui Inspektorat.");
        }

        layout.Space(10);
        layout.Paragraph("Bagian yang dihitamkan telah dihapus dari berkas ini dan tidak dapat dipulihkan dari berkas.", 8, PdfLayout.Style.Italic);
        return layout.Build($"{agency.Name} - {file.RegistrationNumber} - untuk {file.Recipient}", file.Watermark);
    }
}
