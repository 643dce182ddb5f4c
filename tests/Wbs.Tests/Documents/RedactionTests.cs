using UglyToad.PdfPig;
using Wbs.Web.Documents;

namespace Wbs.Tests.Documents;

/// <summary>Reading the markers staff put in a text, and what the PDF holds of a blacked-out passage (nothing but a bar).</summary>
public class RedactionTests
{
    private const string Original = "Saya melihat Budi Santoso menerima amplop dari Budi Santoso Jr.\nSaksi: Ani.";

    [Fact]
    public void Apply_MarkersAndPhrases_HideExactlyThosePassagesAndCountEachOnce()
    {
        var (text, error) = Redaction.Apply(Original, "Saya melihat [[Budi Santoso]] menerima amplop dari Budi Santoso Jr.\nSaksi: Ani.", Redaction.Phrases("budi santoso\n\nAni\nx"));

        Assert.Null(error);
        Assert.Equal("Saya melihat  menerima amplop dari  Jr.\nSaksi: .", text!.Visible);
        Assert.Equal(3, text.Count);
    }

    [Theory]
    [InlineData("Saya melihat [[Budi Santoso menerima amplop", "Ada tanda [[ yang tidak ditutup dengan ]].")]
    [InlineData("Saya melihat Budi]] Santoso", "Ada tanda ]] tanpa pembuka [[.")]
    [InlineData("[[Saya [[melihat]]]]", "Tanda [[ tidak boleh di dalam bagian yang sudah ditandai.")]
    [InlineData("Saya tidak melihat [[apa pun]].", Redaction.ChangedMessage)]
    public void Apply_BrokenMarkersOrAChangedText_AreRefused(string marked, string message)
    {
        var (text, error) = Redaction.Apply(Original, marked, []);

        Assert.Null(text);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Apply_NothingSent_LeavesTheTextWhole()
    {
        var (text, error) = Redaction.Apply(Original, null, []);

        Assert.Null(error);
        Assert.Equal(Original, text!.Visible);
        Assert.Equal(0, text.Count);
    }

    [Fact]
    public void Redacted_HiddenPassagesAreNotInThePdfAtAllButABarStandsInTheirPlace()
    {
        var (text, _) = Redaction.Apply("Pembayaran kepada Rahmatullah melalui rekening 1234567890 pada Senin.",
            "Pembayaran kepada Rahmat[[ullah]] melalui rekening [[1234567890]] pada Senin.", []);
        using var layout = new PdfLayout("Uji");
        layout.Redacted(text!);
        var pdf = layout.Build("Uji");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Contains("Pembayaran kepada Rahmat", page.Text, StringComparison.Ordinal);
        Assert.Contains("melalui rekening", page.Text, StringComparison.Ordinal);
        Assert.Contains("pada Senin.", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ullah", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567890", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("123", page.Text, StringComparison.Ordinal);

        // Two bars, one where each passage stood: filled rectangles in the page's drawing.
        Assert.True(page.Paths.Count(p => p.IsFilled) >= 2, "No black bars were drawn.");
    }
}
