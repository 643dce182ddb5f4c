using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
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
            Assert.Contains(ImageSamples.Serial, Encoding.Latin1.GetString(original), StringComparison.Ordinal);
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
        var photo = Assert.Single(after.GetPage(1).GetImages());
        Assert.Equal((ImageSamples.Width, ImageSamples.Height), (photo.WidthInSamples, photo.HeightInSamples));
        Assert.Empty(ImageMetadataReader.ReadMetadata(new MemoryStream(photo.RawBytes.ToArray())).OfType<GpsDirectory>());
        var raw = Encoding.Latin1.GetString(cleaned.Content);
        foreach (var secret in new[] { PdfSamples.OldAuthor, PdfSamples.NewAuthor, PdfSamples.XmpCreator, "Laporan Rahasia", "Pengolah Kata Budi", "PembuatPDF", ImageSamples.Serial })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_Cleaned_NamesInfoXmpAndTheOlderRevision()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Pdf, PdfSamples.WithRevision());

        Assert.Equal(["PDF Info (Author, Producer)", "PDF XMP metadata", "Revisi lama PDF"], cleaned.RemovedMetadata.Take(3));
        Assert.StartsWith("Gambar di dalam PDF: EXIF (lokasi GPS), EXIF (kamera: model, nomor seri)", cleaned.RemovedMetadata[3], StringComparison.Ordinal);
        Assert.Equal(4, cleaned.RemovedMetadata.Count);
    }

    [Fact]
    public void Pdf_ThatCannotBeOpened_IsRefusedRatherThanStoredUncleaned()
    {
        var broken = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Author (Budi) >>\nendobj\nsampah tanpa xref\n");

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Pdf, broken));

        Assert.StartsWith("PDF ini tidak dapat dibuka", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithHundredsOfCustomInfoKeys_NamesThemWithinTheStoredLength()
    {
        var keys = string.Concat(Enumerable.Range(0, 300).Select(i => $"/KunciKustomPanjang{i} (nilai {i}) "));
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Pdf, PdfSamples.WithRevision(keys));

        Assert.InRange(RemovedMetadataText.Join(cleaned.RemovedMetadata).Length, 1, 1000);
        Assert.StartsWith("PDF Info (Author, KunciKustomPanjang0", cleaned.RemovedMetadata[0], StringComparison.Ordinal);
    }
}
