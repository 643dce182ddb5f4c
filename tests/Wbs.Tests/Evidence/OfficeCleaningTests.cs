using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Wbs.Web.Evidence;

namespace Wbs.Tests.Evidence;

/// <summary>Cleaned Office files are inspected as what they are underneath: a zip of XML parts.</summary>
public class OfficeCleaningTests
{
    private static readonly string[] Secrets =
    [
        OfficeSamples.Creator, OfficeSamples.Editor, OfficeSamples.Company, OfficeSamples.Manager,
        OfficeSamples.EmployeeNumber, OfficeSamples.WindowsUser, "Catatan pribadi Budi",
    ];

    [Fact]
    public void Docx_WithAuthorsCompanyAndCustomProperties_LosesThemAndKeepsTheText()
    {
        var original = OfficeSamples.Docx();
        Assert.Contains(Secrets, s => AllText(original).Contains(s, StringComparison.Ordinal));

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Docx, original);

        var parts = Parts(cleaned.Content);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, AllText(cleaned.Content), StringComparison.Ordinal));
        Assert.DoesNotContain(parts.Keys, name => name.Contains("custom.xml", StringComparison.Ordinal) || name.Contains("people.xml", StringComparison.Ordinal));
        Assert.DoesNotContain("attachedTemplate", parts["word/settings.xml"], StringComparison.Ordinal);
        Assert.Equal(Parts(original)["word/document.xml"], parts["word/document.xml"]);
        Assert.Contains(OfficeSamples.DocumentText, parts["word/document.xml"], StringComparison.Ordinal);
        var app = XDocument.Parse(parts["docProps/app.xml"]).Root!.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
        Assert.Equal("Microsoft Office Word", app["Application"]);
        Assert.DoesNotContain("Company", app.Keys);
        Assert.DoesNotContain("Manager", app.Keys);
        Assert.Equal(FileTypeSniffer.Docx, FileTypeSniffer.Detect(new MemoryStream(cleaned.Content)));
        var photo = Assert.Single(Entries(cleaned.Content), e => e.Key.Contains("media/", StringComparison.Ordinal)).Value;
        var photoMetadata = MetadataExtractor.ImageMetadataReader.ReadMetadata(new MemoryStream(photo));
        Assert.Empty(photoMetadata.OfType<MetadataExtractor.Formats.Exif.GpsDirectory>());
        Assert.NotEmpty(photoMetadata.OfType<MetadataExtractor.Formats.Jpeg.JpegDirectory>());
    }

    [Fact]
    public void Docx_Cleaned_NamesWhatWasRemoved()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Docx, OfficeSamples.Docx());

        Assert.Equal(
            [
                "Properti dokumen (pembuat, diubah oleh, judul, tanggal dibuat, perusahaan, manajer, templat, lama penyuntingan)",
                "Properti kustom",
                "Daftar identitas penulis (people.xml)",
                "Lokasi berkas di komputer pembuat (nama pengguna)",
            ],
            cleaned.RemovedMetadata.Take(4));
        Assert.StartsWith("Gambar di dalam dokumen: EXIF (lokasi GPS), EXIF (kamera: model, nomor seri)", cleaned.RemovedMetadata[4], StringComparison.Ordinal);
        Assert.Equal(5, cleaned.RemovedMetadata.Count);
    }

    [Fact]
    public void Xlsx_WithAuthorsCompanyCustomPropertiesAndSavePath_LosesThemAndKeepsTheCells()
    {
        var original = OfficeSamples.Xlsx();
        Assert.Contains(OfficeSamples.WindowsUser, AllText(original), StringComparison.Ordinal);

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Xlsx, original);

        var parts = Parts(cleaned.Content);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, AllText(cleaned.Content), StringComparison.Ordinal));
        Assert.DoesNotContain(parts.Keys, name => name.Contains("custom.xml", StringComparison.Ordinal));
        var sheetName = Parts(original).Keys.Single(n => n.Contains("sheet", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal) && !n.Contains("_rels", StringComparison.Ordinal));
        Assert.Equal(Parts(original)[sheetName], parts[sheetName]);
        Assert.Contains(OfficeSamples.SheetText, parts[sheetName], StringComparison.Ordinal);
        var sheets = XDocument.Parse(parts["xl/workbook.xml"]).Descendants().Where(e => e.Name.LocalName == "sheet");
        Assert.Equal(["Data"], sheets.Select(e => (string?)e.Attribute("name")));
        Assert.Contains("Lokasi berkas di komputer pembuat (nama pengguna)", cleaned.RemovedMetadata);
        Assert.Contains("Properti kustom", cleaned.RemovedMetadata);
        Assert.Equal(FileTypeSniffer.Xlsx, FileTypeSniffer.Detect(new MemoryStream(cleaned.Content)));
    }

    [Fact]
    public void Docx_NotAZipOfficeFile_IsRefusedWithAReason()
    {
        var original = OfficeSamples.Docx();

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Docx, original[..(original.Length / 2)]));

        Assert.Contains("tidak dapat dibuka", refused.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName.TrimStart('/'), e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    private static Dictionary<string, byte[]> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName.TrimStart('/'), e =>
        {
            using var content = new MemoryStream();
            using (var stream = e.Open())
            {
                stream.CopyTo(content);
            }

            return content.ToArray();
        });
    }

    private static string AllText(byte[] package) => string.Join("\n", Parts(package).Values);
}
