using System.Text;
using UglyToad.PdfPig;
using Wbs.Web.Documents;

namespace Wbs.Tests.Documents;

public class PdfLayoutTests
{
    [Fact]
    public void Build_TypographyAndAccentedLetters_ReadBackAsTyped()
    {
        using var layout = new PdfLayout("Uji");
        layout.Paragraph("Kota Bontang — “Nilai” ≥ Rp 5.000 → Ağustos şeker café ½ Łódź Ærø");

        var text = PdfText.Of(layout.Build("Uji karakter"));

        Assert.Contains("Kota Bontang — “Nilai” ≥ Rp 5.000 → Ağustos şeker café ½ Łódź Ærø", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DecomposedAccentsTabsAndInvisibleCharacters_PrintAsOneLetterOrASpace()
    {
        using var layout = new PdfLayout("Uji");
        layout.Paragraph("Jose\u0301 Ramos-Horta\u00A0dan\tC\u0327ag\u0306lar\u200B di\u00ADkantor");

        var text = PdfText.Of(layout.Build("Uji"));

        Assert.Contains("José Ramos-Horta dan Çağlar dikantor", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CharacterTheFontLacks_StillMakesADocumentWithTheRestOfTheText()
    {
        using var layout = new PdfLayout("Uji");
        layout.Paragraph("Terima kasih 😀 \uD800 sampai jumpa");

        var text = PdfText.Of(layout.Build("Uji"));

        Assert.Contains("Terima kasih", text, StringComparison.Ordinal);
        Assert.Contains("sampai jumpa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongText_WrapsWithinTheMarginsAndNumbersEveryPage()
    {
        using var layout = new PdfLayout("Uji");
        var sentence = string.Join(" ", Enumerable.Repeat("Kalimat panjang tentang kronologi penerimaan bingkisan di kantor Çağlar.", 400));
        layout.Heading("KRONOLOGI");
        layout.Paragraph(sentence + " akhir-dari-teks " + new string('x', 300));

        var pdf = layout.Build("Uji halaman");

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"Expected several pages, got {document.NumberOfPages}.");
        foreach (var page in document.GetPages())
        {
            Assert.Contains($"Halaman {page.Number} dari {document.NumberOfPages}", page.Text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - PdfLayout.Margin + 1));
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Left, PdfLayout.Margin - 1, page.Width));
            Assert.All(page.Letters, l => Assert.InRange(l.StartBaseLine.Y, PdfLayout.Margin - 10, page.Height - PdfLayout.Margin));
        }

        var text = PdfText.Of(pdf);
        Assert.Contains("akhir-dari-teks", text, StringComparison.Ordinal);
        Assert.Equal(400, text.Split("kantor Çağlar.").Length - 1);
        Assert.Equal(300, text.Count(c => c == 'x'));
    }

    [Fact]
    public void Build_Metadata_NamesTheTitleAndTheApplicationOnly()
    {
        using var layout = new PdfLayout("Tanda terima ADU-2026-00001");
        layout.Paragraph("Isi");

        var pdf = layout.Build("Uji");

        using var document = PdfDocument.Open(pdf);
        var info = document.Information;
        Assert.Equal("Tanda terima ADU-2026-00001", info.Title);
        Assert.Equal("WBS", info.Creator);
        Assert.Null(info.Author);
        Assert.Null(info.Subject);
        Assert.Null(info.Keywords);
        Assert.StartsWith("PDFsharp", info.Producer, StringComparison.Ordinal);
        Assert.Equal(["/CreationDate", "/Creator", "/Producer", "/Title"], info.DocumentInformationDictionary!.Data.Keys.Select(k => "/" + k).Order(StringComparer.Ordinal));
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.Contains("<xmp:CreatorTool>WBS</xmp:CreatorTool>", raw, StringComparison.Ordinal);
        foreach (var local in new[] { Environment.MachineName, AppContext.BaseDirectory, Path.GetTempPath() })
        {
            Assert.DoesNotContain(local, raw, StringComparison.Ordinal);
        }
    }
}
