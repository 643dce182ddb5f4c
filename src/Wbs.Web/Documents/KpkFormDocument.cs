using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Documents;

/// <summary>
/// The UPG's summary shaped like KPK's "Formulir Laporan Gratifikasi": reporter, giver, object, chronology and
/// supporting documents, with the registration, the legal deadline and a statement block to sign.
/// </summary>
public static class KpkFormDocument
{
    public const string Title = "FORMULIR LAPORAN GRATIFIKASI";

    public static byte[] Render(KpkForm form, AgencyOptions agency)
    {
        var i = form.Identity;
        var c = form.Content;
        using var layout = new PdfLayout($"Formulir laporan gratifikasi {form.RegistrationNumber}");
        Letterhead.Draw(layout, agency, "RAHASIA - memuat identitas pelapor; hanya untuk UPG dan KPK");
        layout.Paragraph(Title, 15, PdfLayout.Style.Bold, center: true);
        layout.Paragraph("Ringkasan laporan untuk disampaikan Unit Pengendalian Gratifikasi (UPG) kepada Komisi Pemberantasan Korupsi", 9, center: true);
        layout.Space(6);

        layout.Box(() =>
        {
            layout.Row("Nomor registrasi", form.RegistrationNumber);
            layout.Row("Diterima UPG pada", form.ReceivedByUpgAt);
            layout.Row("Batas waktu pelaporan", $"{Receipts.Date(form.ReportDeadline)} (30 hari kerja sejak {Receipts.Date(c.ReceivedDate)})");
            layout.Row("Ketepatan waktu", form.Timeliness);
            layout.Row("Status", form.Status.Display());
            layout.Row("Diteruskan ke KPK", form.ForwardedToKpkOn is { } forwarded ? Receipts.Date(forwarded) : "Belum");
            if (form.Decision is { } decision)
            {
                layout.Row("Penetapan KPK", decision.Display());
                layout.Row("Nomor surat keputusan", form.DecisionNumber);
                layout.Row("Tanggal surat keputusan", form.DecisionDate is { } decided ? Receipts.Date(decided) : null);
                layout.Row("Penanda tangan", form.SignedBy);
            }
        });

        layout.Heading("I. DATA PELAPOR");
        layout.Row("Nama lengkap", i.FullName);
        layout.Row("NIK", i.Nik);
        layout.Row("NIP", i.Nip);
        layout.Row("Jabatan / pangkat", i.Position);
        layout.Row("Unit kerja", i.Unit);
        layout.Row("Instansi", i.Institution);
        layout.Row("Alamat", i.Address);
        layout.Row("Nomor telepon", i.PhoneNumber);
        layout.Row("Email", i.Email);

        layout.Heading("II. DATA PEMBERI");
        layout.Row("Nama (orang / kelompok / perusahaan)", c.GiverName);
        layout.Row("Pekerjaan / instansi", c.GiverOccupation);
        layout.Row("Alamat", c.GiverAddress);
        layout.Row("Nomor telepon", c.GiverPhone);
        layout.Row("Hubungan dengan pelapor", c.Relationship == GiverRelationship.Lainnya && c.RelationshipOther is { } r
            ? $"{c.Relationship.Display()}: {r}"
            : c.Relationship.Display());

        layout.Heading("III. OBJEK GRATIFIKASI");
        layout.Row("Jenis laporan", c.ReportType.Display());
        layout.Row("Jenis objek", c.ObjectType.Display());
        layout.Row("Uraian objek", c.ObjectDescription);
        layout.Row("Nilai nominal / taksiran", Receipts.Rupiah(c.EstimatedValue));
        layout.Row("Peristiwa / alasan pemberian", c.Occasion == GiftOccasion.Lainnya && c.OccasionOther is { } o
            ? $"{c.Occasion.Display()}: {o}"
            : c.Occasion.Display());
        layout.Row(c.ReportType == GratificationReportType.Penolakan ? "Tanggal penolakan" : "Tanggal penerimaan", Receipts.Date(c.ReceivedDate));
        layout.Row("Tempat penerimaan", c.ReceivedPlace);
        layout.Row("Lokasi objek saat ini", c.ObjectLocation.Display());

        layout.Heading("IV. KRONOLOGI");
        layout.Paragraph(c.Chronology);

        layout.Heading("V. INFORMASI TAMBAHAN DARI PELAPOR");
        if (form.Additions.Count == 0)
        {
            layout.Paragraph("Tidak ada.");
        }

        for (var n = 0; n < form.Additions.Count; n++)
        {
            layout.Paragraph($"{n + 1}. Dikirim {form.Additions[n].SentAt}", style: PdfLayout.Style.Bold);
            layout.Paragraph(form.Additions[n].Text, indent: 14);
            layout.Space(4);
        }

        layout.Heading("VI. DOKUMEN PENDUKUNG");
        if (form.Files.Count == 0)
        {
            layout.Paragraph("Tidak ada dokumen pendukung.");
        }

        for (var n = 0; n < form.Files.Count; n++)
        {
            var file = form.Files[n];
            layout.Paragraph($"{n + 1}. {file.Name}");
            layout.Paragraph($"diunggah {file.UploadedAt} - {file.Size}", 9, indent: 14);
        }

        layout.Space(14);
        layout.NeedSpace(150);
        layout.Paragraph(
            "Demikian laporan gratifikasi ini disampaikan dengan sebenar-benarnya sesuai keterangan pelapor, untuk diteruskan "
            + "kepada Komisi Pemberantasan Korupsi sesuai Pasal 12C Undang-Undang Nomor 20 Tahun 2001.");
        layout.Space(16);
        var place = $"{agency.City}, {Receipts.Date(form.PrintedOn)}";
        layout.Columns(
            [("Mengetahui,", PdfLayout.Style.Regular), ("Petugas UPG", PdfLayout.Style.Regular), ("", default), ("", default), ("", default), ("( ................................ )", PdfLayout.Style.Regular)],
            [(place, PdfLayout.Style.Regular), ("Pelapor", PdfLayout.Style.Regular), ("", default), ("", default), ("", default), ($"( {i.FullName} )", PdfLayout.Style.Bold)]);
        return layout.Build($"{agency.Name} - {form.RegistrationNumber} - RAHASIA");
    }
}
