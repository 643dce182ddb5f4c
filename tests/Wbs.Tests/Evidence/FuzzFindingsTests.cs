using System.Diagnostics;
using System.Globalization;
using System.Text;
using PdfSharp.Pdf.IO;
using Wbs.Web.Evidence;

namespace Wbs.Tests.Evidence;

/// <summary>
/// What the fuzzer found, and the classes of input behind it, answered in-process (no worker, no timeout to hide
/// behind) within a small bound: each parser makes progress or stops.
/// </summary>
public class FuzzFindingsTests
{
    private const string Circular = "PDF ini rusak sehingga pembacanya berputar tanpa akhir";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Findings => [.. FuzzFindings.All.Select(f => f.Name)];

    public static TheoryData<string> CircularPdfs => ["pdf-hex-to-end.pdf", "pdf-hex-swallows-close.pdf", "pdf-xref-prev-loop.pdf"];

    [Theory]
    [MemberData(nameof(Findings))]
    public void Clean_FuzzFinding_IsRefusedWithAReasonOrCleanedWithinASecond(string name)
    {
        var (_, kind, build) = FuzzFindings.All.Single(f => f.Name == name);

        var (error, elapsed) = TimedClean(FileTypeSniffer.FromExtension(kind)!, build());

        Assert.True(elapsed < Bound, $"{name} took {elapsed.TotalSeconds:0.00} s");
        Assert.True(error is null or EvidenceCleaningException, $"{name} threw {error}");
        Assert.False(string.IsNullOrWhiteSpace(error?.Message ?? "cleaned"));
    }

    [Fact]
    public void Clean_PdfWhoseHexStringRunsToTheEnd_IsRefusedAsCircularWithinASecond()
    {
        var (error, elapsed) = TimedClean(FileTypeSniffer.Pdf, FuzzFindings.SpinningPdf());

        Assert.True(elapsed < Bound, $"took {elapsed.TotalSeconds:0.00} s");
        Assert.StartsWith(Circular, Assert.IsType<EvidenceCleaningException>(error).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CircularPdfs))]
    public void Clean_PdfThatSendsThePdfReaderRoundInCircles_IsRefusedAsCircularWithinASecond(string name)
    {
        var (error, elapsed) = TimedClean(FileTypeSniffer.Pdf, HostileCorpus.Named(name).Build());

        Assert.True(elapsed < Bound, $"{name} took {elapsed.TotalSeconds:0.00} s");
        Assert.StartsWith(Circular, Assert.IsType<EvidenceCleaningException>(error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_SoundPdfs_AreReadWellInsideTheirBudgetAndCleaned()
    {
        foreach (var pdf in new[] { PdfSamples.WithRevision(), HostileBuilders.PdfPage(), ManyPagePdf(3_000) })
        {
            using var view = new ParserReadBudget(pdf);
            using (PdfReader.Open(view, PdfDocumentOpenMode.Modify))
            {
            }

            // A sound file is read about once, plus its first and last kilobyte for the header and the trailer; the
            // budget allows eight passes and 16 KiB, so no sound file comes near it.
            Assert.True(view.Spent < (pdf.Length * 2L) + 2048, $"read {view.Spent} bytes of a {pdf.Length}-byte PDF");
            Assert.NotEmpty(EvidenceCleaner.Clean(FileTypeSniffer.Pdf, pdf).Content);
        }
    }

    [Fact]
    public void Budget_ReadingTheSameBytesOverAndOver_IsStopped()
    {
        using var view = new ParserReadBudget(new byte[100]);
        var buffer = new byte[10];

        var stopped = Assert.Throws<ParserBudgetExceededException>(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                view.Position = 50;
                _ = view.Read(buffer, 0, buffer.Length);
            }
        });

        Assert.Contains("same 10 bytes at 50", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_ReadingTheFileEightTimesOver_IsStopped()
    {
        var data = new byte[1 << 20];
        using var view = new ParserReadBudget(data);
        var buffer = new byte[4096];
        var passes = 0;

        Assert.Throws<ParserBudgetExceededException>(() =>
        {
            for (; passes < 100; passes++)
            {
                view.Position = 0;
                while (view.Read(buffer, 0, buffer.Length) > 0)
                {
                }
            }
        });

        Assert.InRange(passes, ParserReadBudget.PassesAllowed, ParserReadBudget.PassesAllowed + 1);
    }

    /// <summary>
    /// Cleans on a thread of its own, so a cleaner that never returns fails the test instead of hanging the run. A sound
    /// file of the kind is cleaned first, untimed, so the bound measures the parser's work rather than compiling it.
    /// </summary>
    private static (Exception? Error, TimeSpan Elapsed) TimedClean(EvidenceKind kind, byte[] content)
    {
        if (kind == FileTypeSniffer.Pdf)
        {
            EvidenceCleaner.Clean(kind, PdfSamples.WithRevision());
        }

        Exception? error = null;
        var watch = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                EvidenceCleaner.Clean(kind, content);
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)), "the cleaner was still running after 10 s");
        return (error, watch.Elapsed);
    }

    private static byte[] ManyPagePdf(int pages)
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 20 100 Td (Bukti) Tj ET");
        var objects = new List<object>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => string.Create(CultureInfo.InvariantCulture, $"{4 + (2 * i)} 0 R")))}] /Count {pages} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < pages; i++)
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>"));
            objects.Add(("", content));
        }

        return HostileBuilders.Pdf(objects);
    }
}
