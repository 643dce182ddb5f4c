using System.Diagnostics;
using System.Text;
using Wbs.Web.Evidence;

namespace Wbs.Tests.Evidence;

/// <summary>What can name a person or run code is taken out, and the reporter is told each kind by name.</summary>
public class IdentityCleaningTests
{
    [Fact]
    public void Clean_WordWithTrackedChangesAndComments_RemovesAuthorsAndNamesThem()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Docx, HostileCorpus.IdentityDocx());

        Assert.Null(HostileCorpus.FindUnsafe(cleaned.Content));
        Assert.DoesNotContain("2026-11-20T08:1", Inflated(cleaned.Content), StringComparison.Ordinal);
        Assert.Contains("tambahan", Inflated(cleaned.Content), StringComparison.Ordinal);
        Assert.Contains("Nama penulis dan waktu revisi (Word)", cleaned.RemovedMetadata);
        Assert.Contains("Nama penulis dan waktu komentar (Word)", cleaned.RemovedMetadata);
        Assert.Contains("Daftar identitas penulis (people.xml)", cleaned.RemovedMetadata);
    }

    [Fact]
    public void Clean_ExcelWithCommentAuthors_RemovesThemAndNamesThem()
    {
        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Xlsx, HostileCorpus.IdentityXlsx());

        Assert.Null(HostileCorpus.FindUnsafe(cleaned.Content));
        Assert.Contains("catatan", Inflated(cleaned.Content), StringComparison.Ordinal);
        Assert.Contains("Nama penulis komentar (Excel)", cleaned.RemovedMetadata);
    }

    [Fact]
    public void Clean_PdfWithScriptAttachmentAndAnnotationAuthor_RemovesEachAndNamesThem()
    {
        var original = HostileCorpus.ActivePdf();

        var cleaned = EvidenceCleaner.Clean(FileTypeSniffer.Pdf, original);

        var text = Encoding.Latin1.GetString(cleaned.Content);
        Assert.Null(HostileCorpus.FindUnsafe(cleaned.Content));
        Assert.DoesNotContain("/JS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/AA", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789ABCDEF", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/FileAttachment", text, StringComparison.Ordinal);
        Assert.Contains("JavaScript dan tindakan otomatis (PDF)", cleaned.RemovedMetadata);
        Assert.Contains("Lampiran tersemat (PDF)", cleaned.RemovedMetadata);
        Assert.Contains("Nama penulis dan waktu anotasi (PDF)", cleaned.RemovedMetadata);
        Assert.Contains("Pengenal dokumen (PDF /ID)", cleaned.RemovedMetadata);
    }

    [Theory]
    [InlineData("docx-macro-project.docx")]
    [InlineData("docx-macro-enabled.docx")]
    public void Clean_WordWithMacros_IsRefusedWithReason(string name)
    {
        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Docx, HostileCorpus.Named(name).Build()));

        Assert.StartsWith("dokumen ini berisi makro (kode VBA)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_XlsxInflatingTo200MB_IsRefusedQuicklyWithoutInflatingIt()
    {
        var bomb = HostileCorpus.XlsxBomb();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();

        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Xlsx, bomb));

        Assert.InRange(bomb.Length, 100_000, 400_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 16L << 20);
        Assert.StartsWith("dokumen ini membengkak terlalu besar", refused.Message, StringComparison.Ordinal);
    }

    private static string Inflated(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return string.Concat(archive.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
