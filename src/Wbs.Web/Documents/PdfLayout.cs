using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Wbs.Web.Documents;

/// <summary>
/// A small flowing layout over PdfPig's writer: A4 pages with margins, word-wrapped text measured with the font,
/// headings, label/value rows and boxed sections, a new page when text runs long, and page numbers at the end.
/// The Standard 14 fonts need no font files, so documents render the same on a server without fonts.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    public const double Margin = 56.7;
    private const double FooterSpace = 28;
    private const double BoxPadding = 10;

    private static readonly PdfPoint Origin = new(0, 0);

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly PdfDocumentBuilder.AddedFont italic;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly List<(PdfPageBuilder Page, double Top, double Bottom)> boxSegments = [];
    private readonly double pageWidth;
    private readonly Dictionary<(Style Style, char Letter), double> advances = [];
    private readonly double pageHeight;
    private PdfPageBuilder page;
    private double left = Margin;
    private double right;
    private double y;
    private double? boxTop;

    public PdfLayout(string title)
    {
        builder.DocumentInformation.Title = Safe(title);
        builder.DocumentInformation.Creator = "WBS";
        builder.DocumentInformation.Producer = "WBS";
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        italic = builder.AddStandard14Font(Standard14Font.HelveticaOblique);
        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        pageWidth = page.PageSize.Width;
        pageHeight = page.PageSize.Height;
        right = pageWidth - Margin;
        y = pageHeight - Margin;
    }

    public enum Style
    {
        Regular,
        Bold,
        Italic,
    }

    /// <summary>The width left for text on the current line.</summary>
    public double Width => right - left;

    private const double Bottom = Margin + FooterSpace;

    /// <summary>Text in the given size, wrapped to the width; line breaks in the text start new lines.</summary>
    public void Paragraph(string? text, double size = 10, Style style = Style.Regular, double indent = 0, bool center = false)
    {
        foreach (var line in Wrap(text ?? "", size, style, Width - indent))
        {
            NeedSpace(LineHeight(size));
            var x = left + indent;
            if (center)
            {
                x = left + ((Width - Measure(line, size, style)) / 2);
            }

            Draw(line, size, style, x);
            y -= LineHeight(size);
        }
    }

    /// <summary>A section heading, kept on the same page as the first lines that follow it, with a rule under it.</summary>
    public void Heading(string text, double size = 11)
    {
        Space(8);
        NeedSpace(LineHeight(size) + 40);
        Paragraph(text, size, Style.Bold);
        page.SetStrokeColor(120, 120, 120);
        page.DrawLine(new PdfPoint(left, y + 2), new PdfPoint(right, y + 2), 0.5);
        page.ResetColor();
        Space(6);
    }

    /// <summary>A label and its value side by side; both wrap in their own column.</summary>
    public void Row(string label, string? value, double labelWidth = 165, double size = 10)
    {
        var labels = Wrap(label, size, Style.Regular, labelWidth - 8);
        var values = Wrap(string.IsNullOrWhiteSpace(value) ? "-" : value, size, Style.Bold, Width - labelWidth);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            NeedSpace(LineHeight(size));
            if (i < labels.Count)
            {
                page.SetTextAndFillColor(70, 70, 70);
                Draw(labels[i], size, Style.Regular, left);
                page.ResetColor();
            }

            if (i < values.Count)
            {
                Draw(values[i], size, Style.Bold, left + labelWidth);
            }

            y -= LineHeight(size);
        }

        Space(2);
    }

    /// <summary>A framed section; it continues on the next page (framed there too) when its content runs long.</summary>
    public void Box(Action content)
    {
        if (boxTop is not null)
        {
            throw new InvalidOperationException("Boxes do not nest.");
        }

        Space(4);
        NeedSpace(60);
        boxTop = y;
        left += BoxPadding;
        right -= BoxPadding;
        y -= BoxPadding;
        content();
        y -= BoxPadding - 2;
        left -= BoxPadding;
        right += BoxPadding;
        boxSegments.Add((page, boxTop.Value, y));
        boxTop = null;
        Space(6);
    }

    public void Rule(double thickness = 0.8)
    {
        Space(3);
        page.DrawLine(new PdfPoint(left, y), new PdfPoint(right, y), thickness);
        Space(8);
    }

    public void Space(double points) => y -= points;

    /// <summary>Starts a new page when fewer than <paramref name="points"/> are left above the footer.</summary>
    public void NeedSpace(double points)
    {
        if (y - points >= Bottom)
        {
            return;
        }

        if (boxTop is { } top)
        {
            boxSegments.Add((page, top, Bottom - 4));
        }

        page = builder.AddPage(PageSize.A4);
        pages.Add(page);
        y = pageHeight - Margin;
        if (boxTop is not null)
        {
            boxTop = y;
            y -= BoxPadding;
        }
    }

    /// <summary>Two blocks of lines side by side (as signature blocks are), each centred in its half.</summary>
    public void Columns(IReadOnlyList<(string Text, Style Style)> leftLines, IReadOnlyList<(string Text, Style Style)> rightLines, double size = 10)
    {
        var count = Math.Max(leftLines.Count, rightLines.Count);
        NeedSpace(count * LineHeight(size));
        var half = Width / 2;
        for (var i = 0; i < count; i++)
        {
            foreach (var (lines, x0) in new[] { (leftLines, left), (rightLines, left + half) })
            {
                if (i < lines.Count && lines[i].Text.Length > 0)
                {
                    var text = Fit(Safe(lines[i].Text), size, lines[i].Style, half - 10);
                    Draw(text, size, lines[i].Style, x0 + ((half - Measure(text, size, lines[i].Style)) / 2));
                }
            }

            y -= LineHeight(size);
        }
    }

    /// <summary>Frames the boxes, numbers the pages ("Halaman 1 dari 2" and a label in the footer) and writes the file.</summary>
    public byte[] Build(string footerLabel)
    {
        foreach (var (boxPage, top, bottom) in boxSegments)
        {
            boxPage.SetStrokeColor(90, 90, 90);
            boxPage.DrawRectangle(new PdfPoint(Margin, bottom), pageWidth - (2 * Margin), top - bottom, 0.8, false);
            boxPage.ResetColor();
        }

        var label = Fit(Safe(footerLabel), 8, Style.Regular, (pageWidth - (2 * Margin)) * 0.7);
        for (var i = 0; i < pages.Count; i++)
        {
            var p = pages[i];
            var number = string.Create(CultureInfo.InvariantCulture, $"Halaman {i + 1} dari {pages.Count}");
            var footerY = Margin - 6;
            p.SetStrokeColor(160, 160, 160);
            p.DrawLine(new PdfPoint(Margin, footerY + 12), new PdfPoint(pageWidth - Margin, footerY + 12), 0.5);
            p.ResetColor();
            p.SetTextAndFillColor(90, 90, 90);
            p.AddText(label, 8, new PdfPoint(Margin, footerY), regular);
            p.AddText(number, 8, new PdfPoint(pageWidth - Margin - TextWidth(p, number, 8, regular), footerY), regular);
            p.ResetColor();
        }

        return builder.Build();
    }

    public void Dispose() => builder.Dispose();

    /// <summary>
    /// Text the Standard 14 fonts can draw as PdfPig encodes them: accents are dropped (é → e), a few common signs
    /// spelled out, and anything else becomes "?" rather than failing the whole document.
    /// </summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Lone surrogates (broken input) would make normalisation throw; they become "?" first.
        var valid = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            valid.Append(rune == Rune.ReplacementChar ? "?" : rune.ToString());
        }

        var result = new StringBuilder(text.Length);
        foreach (var rune in valid.ToString().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (!rune.IsBmp)
            {
                result.Append('?');
                continue;
            }

            var c = (char)rune.Value;
            if (IsDrawable(c))
            {
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '\t' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F':
                    result.Append(' ');
                    continue;
                case '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2212':
                    result.Append('-');
                    continue;
                case '‘' or '’':
                    result.Append('\'');
                    continue;
                case '½':
                    result.Append("1/2");
                    continue;
                case '\u2192':
                    result.Append("->");
                    continue;
                case '\u2264':
                    result.Append("<=");
                    continue;
                case '\u2265':
                    result.Append(">=");
                    continue;
                case '\r' or '\n':
                    result.Append(c);
                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    continue;
            }

            // A letter with an accent keeps its base letter (ş → s); the rest cannot be drawn.
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            result.Append(decomposed.Length > 0 && IsDrawable(decomposed[0]) && char.IsLetter(decomposed[0]) ? decomposed[0] : '?');
        }

        return result.ToString();
    }

    // PdfPig writes the Standard 14 fonts with Adobe's StandardEncoding: ASCII plus these signs, no accented letters.
    private static bool IsDrawable(char c) =>
        c is >= ' ' and <= '~'
        || "¡¢£¥ƒ§¤“«‹›–†‡·¶•‚„”»…‰¿´¯¨¸—ÆªŁØŒºæıłøœß".Contains(c, StringComparison.Ordinal);

    private static double LineHeight(double size) => size * 1.38;

    private PdfDocumentBuilder.AddedFont Font(Style style) => style switch
    {
        Style.Bold => bold,
        Style.Italic => italic,
        _ => regular,
    };

    private void Draw(string line, double size, Style style, double x)
    {
        if (line.Length > 0)
        {
            page.AddText(line, size, new PdfPoint(x, y - size), Font(style));
        }
    }

    /// <summary>
    /// The width of a line as the sum of its characters' advances, each measured once per style at 1000 pt: the
    /// standard fonts scale linearly and do not kern, and measuring whole candidate lines made wrapping quadratic.
    /// </summary>
    private double Measure(string text, double size, Style style)
    {
        var units = 0.0;
        foreach (var c in text)
        {
            if (!advances.TryGetValue((style, c), out var advance))
            {
                advance = TextWidth(page, c.ToString(), 1000, Font(style)) / 1000;
                advances[(style, c)] = advance;
            }

            units += advance;
        }

        return units * size;
    }

    private static double TextWidth(PdfPageBuilder on, string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = on.MeasureText(text, size, Origin, font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Greedy word wrap; a word longer than the line (a file name, an address) is broken by characters.</summary>
    private List<string> Wrap(string text, double size, Style style, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in Safe(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, size, style) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (Measure(line, size, style) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut], size, style) > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Shortens one line with an ellipsis so it fits (footers and signature names stay on one line).</summary>
    private string Fit(string text, double size, Style style, double width)
    {
        if (Measure(text, size, style) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && Measure(text[..cut] + "…", size, style) > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
