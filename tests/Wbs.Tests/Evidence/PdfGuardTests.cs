using System.Text;
using Wbs.Web.Evidence;
using static Wbs.Tests.Evidence.HostileBuilders;

namespace Wbs.Tests.Evidence;

/// <summary>The nesting bound decides before PDFsharp does, and counts only what a reader would read as structure.</summary>
public class PdfGuardTests
{
    [Fact]
    public void Pdf_NestedToTheBound_IsCleaned_AndOneDeeperIsRefusedWithItsReason()
    {
        var atBound = PdfPage(pageExtra: $"/Deep {Nest(PdfGuard.MaxNesting - 1)} ");
        var deeper = PdfPage(pageExtra: $"/Deep {Nest(PdfGuard.MaxNesting)} ");

        Assert.NotEmpty(EvidenceCleaner.Clean(FileTypeSniffer.Pdf, atBound).Content);
        var refused = Assert.Throws<EvidenceCleaningException>(() => EvidenceCleaner.Clean(FileTypeSniffer.Pdf, deeper));
        Assert.StartsWith("PDF ini bersarang terlalu dalam", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithBracketsInStringsCommentsAndStreams_IsNotTakenForNesting()
    {
        var brackets = new string('[', 1000);
        var pdf = PdfPage(
            pageExtra: $"/Title ({brackets} \\( ( {brackets} ) <<) /Hex <5B5B5B> /Sub /stream /Arr [1 2] ",
            more: [("/Type /XObject", Encoding.Latin1.GetBytes($"{brackets}<<<<<<")), $"% {brackets}\n<< /A 1 >>"]);

        Assert.NotEmpty(EvidenceCleaner.Clean(FileTypeSniffer.Pdf, pdf).Content);
    }

    // The page dictionary is one level; the rest are arrays and dictionaries in turn.
    private static string Nest(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => i % 2 == 0 ? "[" : "<< /A ")) + "1"
        + string.Concat(Enumerable.Range(0, levels).Reverse().Select(i => i % 2 == 0 ? "]" : " >>"));
}
