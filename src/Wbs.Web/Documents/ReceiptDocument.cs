using Wbs.Web.Infrastructure;

namespace Wbs.Web.Documents;

/// <summary>The "Tanda Terima Laporan" a reporter keeps: one A4 page for a complaint or a gratification report.</summary>
public static class ReceiptDocument
{
    public const string Title = "TANDA TERIMA LAPORAN";
    public const string ElectronicNote = "Dokumen ini dibuat secara elektronik dan sah tanpa tanda tangan.";

    public const string VerificationHeading = "Verifikasi keaslian";
    public const string CodeLabel = "Kode verifikasi:";

    /// <summary>The information-dictionary entry that carries the code, read first when a receipt PDF is uploaded.</summary>
    public const string CodeInfoName = "WbsReceiptCode";

    /// <summary>The code's groups, eight to a line.</summary>
    public static IEnumerable<string> CodeLines(string code) =>
        code.Split('-').Chunk(8).Select(groups => string.Join(' ', groups));

    // The modules with their quiet zone; the address is upper-case-free only in its code, so byte mode it is.
    private static List<System.Collections.BitArray> QrModules(string text)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix;
    }

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
        if (receipt.VerificationCode is { } code)
        {
            layout.Space(10);
            layout.Box(() =>
            {
                layout.Paragraph(VerificationHeading, 10, PdfLayout.Style.Bold, center: true);
                layout.Space(2);
                layout.Matrix(QrModules(receipt.VerificationUrl ?? code), 110);
                layout.Paragraph(CodeLabel, 8, center: true);
                foreach (var line in CodeLines(code))
                {
                    layout.Paragraph(line, 9, center: true);
                }

                layout.Space(2);
                layout.Paragraph("Pindai kode QR atau ketik kode ini di halaman /verifikasi situs ini untuk memastikan tanda terima ini asli.", 8, center: true);
            });
            layout.Info(CodeInfoName, code);
        }

        layout.Space(8);
        layout.Paragraph(ElectronicNote, 9, PdfLayout.Style.Italic);
        layout.Paragraph($"Dicetak {receipt.PrintedAt}.", 9, PdfLayout.Style.Italic);
        return layout.Build($"{agency.Name} - Tanda terima {receipt.RegistrationNumber}");
    }
}
