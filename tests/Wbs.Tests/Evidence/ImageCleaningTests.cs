using System.Text;
using ImageMagick;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Jpeg;
using MetadataExtractor.Formats.Png;
using MetadataExtractor.Formats.WebP;
using MetadataExtractor.Formats.Xmp;
using Wbs.Web.Evidence;
using MetadataDirectory = MetadataExtractor.Directory;

namespace Wbs.Tests.Evidence;

/// <summary>Cleaned photos are read back with MetadataExtractor, a reader independent of the cleaner.</summary>
public class ImageCleaningTests
{
    [Fact]
    public void Jpeg_WithGpsCameraXmpIptcAndComment_LosesThemAndKeepsPixels()
    {
        var original = ImageSamples.Jpeg();
        var before = Read(original);
        Assert.NotEmpty(before.OfType<GpsDirectory>());
        Assert.NotEmpty(before.OfType<IptcDirectory>());
        Assert.NotEmpty(before.OfType<XmpDirectory>());
        Assert.NotEmpty(before.OfType<JpegCommentDirectory>());

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, original);

        var after = Read(cleaned.Content);
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<IptcDirectory>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.Empty(after.OfType<JpegCommentDirectory>());
        Assert.Empty(after.OfType<ExifSubIfdDirectory>());
        var jpeg = Assert.Single(after.OfType<JpegDirectory>());
        Assert.Equal((ImageSamples.Width, ImageSamples.Height), (jpeg.GetImageWidth(), jpeg.GetImageHeight()));
        AssertNoneOfTheSecrets(cleaned.Content);
        AssertSamePixels(original, cleaned.Content);
    }

    [Fact]
    public void Jpeg_TurnedByExif_KeepsOnlyTheOrientation()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, ImageSamples.Jpeg());

        var ifd0 = Assert.Single(Read(cleaned.Content).OfType<ExifIfd0Directory>());
        Assert.Equal(6, ifd0.GetInt32(ExifDirectoryBase.TagOrientation));
        Assert.Equal([ExifDirectoryBase.TagOrientation], ifd0.Tags.Select(t => t.Type).Where(t => t != ExifIfd0Directory.TagExifSubIfdOffset));
    }

    [Fact]
    public void Jpeg_Cleaned_NamesWhatWasRemoved()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, ImageSamples.Jpeg());

        Assert.Contains("EXIF (lokasi GPS)", cleaned.RemovedMetadata);
        Assert.Contains("EXIF (kamera: model, nomor seri)", cleaned.RemovedMetadata);
        Assert.Contains("XMP", cleaned.RemovedMetadata);
        Assert.Contains("IPTC", cleaned.RemovedMetadata);
        Assert.Contains("Komentar", cleaned.RemovedMetadata);
        Assert.Contains(MetadataNames.TrailingData, cleaned.RemovedMetadata);
    }

    [Fact]
    public void Jpeg_WithoutMetadata_ComesBackByteForByteAndNamesNothing()
    {
        var plain = ImageSamples.Pixels(MagickFormat.Jpeg);

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, plain);

        Assert.Equal(plain, cleaned.Content);
        Assert.Empty(cleaned.RemovedMetadata);
    }

    [Fact]
    public void Jpeg_Truncated_IsRefusedWithAReason()
    {
        var original = ImageSamples.Jpeg();

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Jpeg, original[..300]));

        Assert.Contains("JPEG rusak", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_WithTextXmpExifAndTime_LosesThemAndKeepsPixels()
    {
        var original = ImageSamples.Png();
        var before = Read(original);
        Assert.NotEmpty(before.OfType<GpsDirectory>());
        Assert.Contains(before.OfType<PngDirectory>(), d => d.Tags.Any(t => t.Description?.Contains(ImageSamples.PngAuthor, StringComparison.Ordinal) == true));

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Png, original);

        var after = Read(cleaned.Content);
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.Empty(after.OfType<ExifSubIfdDirectory>());
        Assert.DoesNotContain(after.OfType<PngDirectory>(), d => d.ContainsTag(PngDirectory.TagTextualData) || d.ContainsTag(PngDirectory.TagLastModificationTime));
        var header = after.OfType<PngDirectory>().Single(d => d.ContainsTag(PngDirectory.TagImageWidth));
        Assert.Equal((ImageSamples.Width, ImageSamples.Height), (header.GetInt32(PngDirectory.TagImageWidth), header.GetInt32(PngDirectory.TagImageHeight)));
        AssertNoneOfTheSecrets(cleaned.Content);
        AssertSamePixels(original, cleaned.Content);
        string[] expected = ["EXIF (lokasi GPS)", "EXIF (kamera: model, nomor seri)", "Teks tersemat PNG (tEXt/zTXt/iTXt)", "XMP", "Waktu modifikasi PNG (tIME)"];
        var named = cleaned.RemovedMetadata.Where(n => n is not (MetadataNames.ExifOther or MetadataNames.ExifPeople));
        Assert.Equal(expected.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WebP_WithExifAndXmp_LosesThemAndKeepsPixels()
    {
        var original = ImageSamples.WebP();
        var before = Read(original);
        Assert.NotEmpty(before.OfType<GpsDirectory>());
        Assert.NotEmpty(before.OfType<XmpDirectory>());

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.WebP, original);

        var after = Read(cleaned.Content);
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.Empty(after.OfType<ExifSubIfdDirectory>());
        var sizes = after.OfType<WebPDirectory>().Where(d => d.ContainsTag(WebPDirectory.TagImageWidth))
            .Select(d => (d.GetInt32(WebPDirectory.TagImageWidth), d.GetInt32(WebPDirectory.TagImageHeight))).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.Equal((ImageSamples.Width, ImageSamples.Height), size));
        AssertNoneOfTheSecrets(cleaned.Content);
        AssertSamePixels(original, cleaned.Content);
        Assert.Contains("EXIF (lokasi GPS)", cleaned.RemovedMetadata);
        Assert.Contains("XMP", cleaned.RemovedMetadata);
    }

    private static IReadOnlyList<MetadataDirectory> Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return ImageMetadataReader.ReadMetadata(stream);
    }

    private static void AssertNoneOfTheSecrets(byte[] content)
    {
        var text = Encoding.Latin1.GetString(content);
        foreach (var secret in new[] { ImageSamples.Serial, ImageSamples.CameraModel, ImageSamples.XmpCreator, ImageSamples.IptcByline, ImageSamples.Comment, ImageSamples.Trailing, ImageSamples.PngAuthor, "Budi" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>ImageMagick decodes both; the cleaner never re-encodes, so every pixel must match exactly.</summary>
    private static void AssertSamePixels(byte[] original, byte[] cleaned)
    {
        using var before = new MagickImage(original);
        using var after = new MagickImage(cleaned);
        Assert.Equal((before.Width, before.Height), (after.Width, after.Height));
        Assert.Equal(0, before.Compare(after, ErrorMetric.Absolute));
    }
}
