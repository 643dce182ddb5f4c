using System.Text;
using UglyToad.PdfPig;
using Wbs.Web.Evidence;

namespace Wbs.Tests.Evidence;

/// <summary>Cleaned PDFs are read back with PdfPig, a reader independent of PDFsharp, and scanned as raw bytes.</summary>
public class PdfCleaningTests
{
    [Fact]
    public void Pdf_WithInfoXmpAndAnOlderRevision_LosesThemAndKeepsTextAndPages()
    {
        var original = PdfSamples.WithRevision();
        using (var before = PdfDocument.Open(original))
        {
            Assert.Equal(PdfSamples.NewAuthor, before.Information.Author);
            Assert.True(before.TryGetXmpMetadata(out _));
            Assert.Contains(PdfSamples.OldAuthor, Encoding.Latin1.GetString(original), StringComparison.Ordinal);
        }

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Pdf, original);

        using var after = PdfDocument.Open(cleaned.Content);
        // What is left is PDFsharp naming itself, nothing of the original.
        Assert.Null(after.Information.Author);
        Assert.Null(after.Information.Title);
        Assert.Null(after.Information.Subject);
        Assert.Null(after.Information.Keywords);
        Assert.StartsWith("PDFsharp", after.Information.Creator, StringComparison.Ordinal);
        Assert.StartsWith("PDFsharp", after.Information.Producer, StringComparison.Ordinal);
        if (after.TryGetXmpMetadata(out var xmp))
        {
            var packet = xmp.GetXDocument().ToString();
            Assert.DoesNotContain("Budi", packet, StringComparison.Ordinal);
            Assert.DoesNotContain("PembuatPDF", packet, StringComparison.Ordinal);
        }

        Assert.Equal(2, after.NumberOfPages);
        Assert.Equal(PdfSamples.PageOneText, after.GetPage(1).Text);
        Assert.Equal(PdfSamples.PageTwoText, after.GetPage(2).Text);
        var raw = Encoding.Latin1.GetString(cleaned.Content);
        foreach (var secret in new[] { PdfSamples.OldAuthor, PdfSamples.NewAuthor, PdfSamples.XmpCreator, "Laporan Rahasia", "Pengolah Kata Budi", "PembuatPDF" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_Cleaned_NamesInfoXmpAndTheOlderRevision()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Pdf, PdfSamples.WithRevision());

        Assert.Equal(["PDF Info (Author, Producer)", "PDF XMP metadata", "Revisi lama PDF"], cleaned.RemovedMetadata);
    }

    [Fact]
    public void Pdf_ThatCannotBeOpened_IsRefusedRatherThanStoredUncleaned()
    {
        var broken = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Author (Budi) >>\nendobj\nsampah tanpa xref\n");

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Pdf, broken));

        Assert.StartsWith("PDF ini tidak dapat dibuka", refused.Message, StringComparison.Ordinal);
    }
}
