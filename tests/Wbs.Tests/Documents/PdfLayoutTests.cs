using Wbs.Web.Documents;

namespace Wbs.Tests.Documents;

public class PdfLayoutTests
{
    [Fact]
    public void Build_TextOutsideTheStandardFontsEncoding_StillRendersWithReadableReplacements()
    {
        using var layout = new PdfLayout("Uji");
        layout.Paragraph("Kota Bontang — “Nilai” ≥ Rp 5.000 → Ağustos şeker 😀 café ½\u00A0akhir\tbaris");

        var text = PdfText.Of(layout.Build("Uji karakter"));

        Assert.Contains("Kota Bontang — “Nilai” >= Rp 5.000 -> Agustos seker ? cafe 1/2 akhir baris", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryCharacterLeftByTheCleaning_ReadsBackAsWritten()
    {
        var all = new string(Enumerable.Range(32, 95).Select(c => (char)c).ToArray()) + "¡¢£¥ƒ§¤“«‹›–†‡·¶•‚„”»…‰¿´¯¨¸—ÆªŁØŒºæıłøœß";
        var lines = all.Chunk(40).Select(c => new string(c)).ToList();
        using var layout = new PdfLayout("Uji");
        foreach (var line in lines)
        {
            Assert.Equal(line, PdfLayout.Safe(line));
            layout.Paragraph(line.Replace(" ", "", StringComparison.Ordinal));
        }

        var text = PdfText.Of(layout.Build("Uji"));

        Assert.All(lines, line => Assert.Contains(line.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LongText_WrapsWithinTheMarginsAndNumbersEveryPage()
    {
        using var layout = new PdfLayout("Uji");
        var sentence = string.Join(" ", Enumerable.Repeat("Kalimat panjang tentang kronologi penerimaan bingkisan di kantor.", 400));
        layout.Heading("KRONOLOGI");
        layout.Paragraph(sentence + " akhir-dari-teks " + new string('x', 300));

        var pdf = layout.Build("Uji halaman");

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"Expected several pages, got {document.NumberOfPages}.");
        foreach (var page in document.GetPages())
        {
            Assert.Contains($"Halaman {page.Number} dari {document.NumberOfPages}", page.Text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - PdfLayout.Margin + 1));
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Left, PdfLayout.Margin - 1, page.Width));
            Assert.All(page.Letters, l => Assert.InRange(l.StartBaseLine.Y, PdfLayout.Margin - 10, page.Height - PdfLayout.Margin));
        }

        Assert.Contains("akhir-dari-teks", PdfText.Of(pdf), StringComparison.Ordinal);
    }
}
