using Wbs.Web.Infrastructure;

namespace Wbs.Web.Documents;

/// <summary>The "Tanda Terima Laporan" a reporter keeps: one A4 page for a complaint or a gratification report.</summary>
public static class ReceiptDocument
{
    public const string Title = "TANDA TERIMA LAPORAN";
    public const string ElectronicNote = "Dokumen ini dibuat secara elektronik dan sah tanpa tanda tangan.";

    public static byte[] Render(Receipt receipt, AgencyOptions agency)
    {
        using var layout = new PdfLayout($"Tanda terima {receipt.RegistrationNumber}");
        Letterhead.Draw(layout, agency);
        layout.Space(6);
        layout.Paragraph(Title, 16, PdfLayout.Style.Bold, center: true);
        layout.Space(10);

        layout.Box(() =>
        {
            layout.Paragraph("Nomor registrasi", 9, center: true);
            layout.Space(2);
            layout.Paragraph(receipt.RegistrationNumber, 24, PdfLayout.Style.Bold, center: true);
        });
        layout.Space(4);

        layout.Row("Diterima pada", receipt.ReceivedAt);
        layout.Row("Jenis laporan", receipt.Kind);
        foreach (var (label, value) in receipt.Summary)
        {
            layout.Row(label, value);
        }

        layout.Row("Status saat dicetak", receipt.Status);
        layout.Space(12);

        layout.Paragraph(
            "Simpan nomor registrasi ini baik-baik dan jangan berikan kepada orang lain. " + receipt.FollowUp
            + " Petugas tidak pernah meminta kata sandi akun Anda.", 10);
        layout.Space(14);
        layout.Paragraph(ElectronicNote, 9, PdfLayout.Style.Italic);
        layout.Paragraph($"Dicetak {receipt.PrintedAt}.", 9, PdfLayout.Style.Italic);
        return layout.Build($"{agency.Name} - Tanda terima {receipt.RegistrationNumber}");
    }
}
