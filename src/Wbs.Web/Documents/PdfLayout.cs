using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Wbs.Web.Documents;

/// <summary>
/// A small flowing layout over PDFsharp: A4 pages with margins, headings, label/value rows and boxed sections, a new
/// page when text runs long, and page numbers at the end, in the embedded font so names print as typed.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    public const double Margin = 56.7;
    private const double BoxPadding = 10;
    private static readonly XPen BoxPen = new(XColor.FromArgb(90, 90, 90), 0.8);
    private static readonly XPen HeadingPen = new(XColor.FromArgb(120, 120, 120), 0.5);
    private static readonly XPen FooterPen = new(XColor.FromArgb(160, 160, 160), 0.5);
    private static readonly XBrush LabelBrush = new XSolidBrush(XColor.FromArgb(70, 70, 70));
    private static readonly XBrush FooterBrush = new XSolidBrush(XColor.FromArgb(90, 90, 90));

    // One subset per style in every document, rather than a second copy for the strings that happen to be plain ANSI.
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly PdfDocument document = new();
    private readonly Dictionary<(double Size, Style Style), XFont> fonts = [];
    private readonly List<(PdfPage Page, double Top, double Bottom)> boxes = [];
    private PdfPage page = null!;
    private XGraphics graphics = null!;
    private double left = Margin;
    private double right;
    private double y;
    private double? boxTop;

    // PDFsharp takes one resolver per process, set before its first font is made.
    static PdfLayout() => GlobalFontSettings.FontResolver = EmbeddedFonts.Instance;

    public PdfLayout(string title)
    {
        document.Info.Title = title;
        document.Info.Creator = "WBS";
        NewPage();
        right = page.Width.Point - Margin;
    }

    public enum Style
    {
        Regular,
        Bold,
        Italic,
    }

    /// <summary>The width left for text on the current line.</summary>
    public double Width => right - left;

    // Above the footer: its rule, its label and the page number.
    private double Bottom => page.Height.Point - Margin - 28;

    /// <summary>Text in the given size, wrapped to the width; line breaks in the text start new lines.</summary>
    public void Paragraph(string? text, double size = 10, Style style = Style.Regular, double indent = 0, bool center = false)
    {
        var font = Font(size, style);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            NeedSpace(LineHeight(size));
            Draw(line, font, XBrushes.Black, center ? left + ((Width - Measure(line, font)) / 2) : left + indent);
            y += LineHeight(size);
        }
    }

    /// <summary>
    /// Text with blacked-out passages, wrapped like <see cref="Paragraph"/>: a hidden passage is never drawn as text, only
    /// as a solid bar as wide as the same number of letters, so no reader or copy-paste can bring it back.
    /// </summary>
    public void Redacted(RedactedText text, double size = 10, double indent = 0)
    {
        var font = Font(size, Style.Regular);
        foreach (var line in WrapRuns(text.Runs, font, Width - indent))
        {
            NeedSpace(LineHeight(size));
            var x = left + indent;
            foreach (var piece in line)
            {
                var width = PieceWidth(piece, font);
                if (piece.Hidden)
                {
                    graphics.DrawRectangle(XBrushes.Black, x, y + (size * 0.12), width, size * 1.12);
                }
                else
                {
                    Draw(piece.Text, font, XBrushes.Black, x);
                }

                x += width;
            }

            y += LineHeight(size);
        }
    }

    /// <summary>A section heading, kept on the same page as the first lines that follow it, with a rule under it.</summary>
    public void Heading(string text, double size = 11)
    {
        Space(8);
        NeedSpace(LineHeight(size) + 40);
        Paragraph(text, size, Style.Bold);
        graphics.DrawLine(HeadingPen, left, y - 2, right, y - 2);
        Space(6);
    }

    /// <summary>A label and its value side by side; both wrap in their own column.</summary>
    public void Row(string label, string? value, double labelWidth = 165, double size = 10)
    {
        var labels = Wrap(label, Font(size, Style.Regular), labelWidth - 8);
        var values = Wrap(string.IsNullOrWhiteSpace(value) ? "-" : value, Font(size, Style.Bold), Width - labelWidth);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            NeedSpace(LineHeight(size));
            if (i < labels.Count)
            {
                Draw(labels[i], Font(size, Style.Regular), LabelBrush, left);
            }

            if (i < values.Count)
            {
                Draw(values[i], Font(size, Style.Bold), XBrushes.Black, left + labelWidth);
            }

            y += LineHeight(size);
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
        (left, right) = (left + BoxPadding, right - BoxPadding);
        y += BoxPadding;
        content();
        y += BoxPadding - 2;
        (left, right) = (left - BoxPadding, right + BoxPadding);
        boxes.Add((page, boxTop.Value, y));
        boxTop = null;
        Space(6);
    }

    /// <summary>A square matrix of dark modules (a QR code), drawn as vector squares <paramref name="size"/> points wide and centred, so it prints sharp at any scale.</summary>
    public void Matrix(IReadOnlyList<System.Collections.BitArray> rows, double size)
    {
        NeedSpace(size + 4);
        var module = size / rows.Count;
        var x0 = left + ((Width - size) / 2);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c])
                {
                    // A hair wider than the module so neighbouring squares leave no gap in a viewer's anti-aliasing.
                    graphics.DrawRectangle(XBrushes.Black, x0 + (c * module), y + (r * module), module + 0.05, module + 0.05);
                }
            }
        }

        y += size + 4;
    }

    /// <summary>An entry of the document's information dictionary (name without the slash), which readers and /verifikasi can read back.</summary>
    public void Info(string name, string value) => document.Info.Elements.SetString("/" + name, value);

    public void Rule(double thickness = 0.8)
    {
        Space(3);
        graphics.DrawLine(new XPen(XColors.Black, thickness), left, y, right, y);
        Space(8);
    }

    public void Space(double points) => y += points;

    /// <summary>Starts a new page when fewer than <paramref name="points"/> are left above the footer.</summary>
    public void NeedSpace(double points)
    {
        if (y + points <= Bottom)
        {
            return;
        }

        if (boxTop is { } top)
        {
            boxes.Add((page, top, Bottom + 4));
        }

        NewPage();
        if (boxTop is not null)
        {
            boxTop = y;
            y += BoxPadding;
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
                    var font = Font(size, lines[i].Style);
                    var text = Fit(lines[i].Text, font, half - 10);
                    Draw(text, font, XBrushes.Black, x0 + ((half - Measure(text, font)) / 2));
                }
            }

            y += LineHeight(size);
        }
    }

    /// <summary>Frames the boxes, numbers the pages ("Halaman 1 dari 2" and a label in the footer) and writes the file.</summary>
    public byte[] Build(string footerLabel, string? watermark = null)
    {
        graphics.Dispose();
        var font = Font(8, Style.Regular);
        var label = Fit(footerLabel, font, (page.Width.Point - (2 * Margin)) * 0.7);
        for (var i = 0; i < document.PageCount; i++)
        {
            var each = document.Pages[i];
            using var ink = XGraphics.FromPdfPage(each, XGraphicsPdfPageOptions.Append);
            foreach (var (_, top, bottom) in boxes.Where(b => b.Page == each))
            {
                ink.DrawRectangle(BoxPen, Margin, top, each.Width.Point - (2 * Margin), bottom - top);
            }

            var number = string.Create(CultureInfo.InvariantCulture, $"Halaman {i + 1} dari {document.PageCount}");
            var footer = each.Height.Point - Margin + 6;
            ink.DrawLine(FooterPen, Margin, footer - 12, each.Width.Point - Margin, footer - 12);
            ink.DrawString(label, font, FooterBrush, Margin, footer, XStringFormats.BaseLineLeft);
            ink.DrawString(number, font, FooterBrush, each.Width.Point - Margin, footer, XStringFormats.BaseLineRight);
            if (watermark is not null)
            {
                Watermark(ink, each, watermark);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    /// <summary>
    /// Text as typed, composed (a letter and its combining accent become the one accented letter the font has);
    /// tabs and odd spaces become spaces, invisible characters and broken surrogates are dropped.
    /// </summary>
    public static string Clean(string? text)
    {
        var result = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar || rune.Value is 0x200B or 0x200C or 0x200D or 0xFEFF or 0xAD)
            {
                continue;
            }

            result.Append(Rune.IsWhiteSpace(rune) && rune.Value is not ('\r' or '\n') ? " " : rune.ToString());
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    // Across the page and once more in the top margin, so a cut-out page or a photocopy still names its recipient.
    private void Watermark(XGraphics ink, PdfPage each, string text)
    {
        var (width, height) = (each.Width.Point, each.Height.Point);
        var small = Font(8, Style.Bold);
        ink.DrawString(Fit(text, small, width - (2 * Margin)), small, WatermarkMarginBrush, width / 2, Margin / 2, XStringFormats.Center);
        var diagonal = Math.Sqrt((width * width) + (height * height)) * 0.75;
        var size = Math.Clamp(34 * diagonal / Math.Max(1, ink.MeasureString(Clean(text), Font(34, Style.Bold)).Width), 12, 34);
        var state = ink.Save();
        ink.RotateAtTransform(-Math.Atan2(height, width) * 180 / Math.PI, new XPoint(width / 2, height / 2));
        ink.DrawString(Fit(text, Font(size, Style.Bold), diagonal), Font(size, Style.Bold), WatermarkBrush, width / 2, height / 2, XStringFormats.Center);
        ink.Restore(state);
    }

    private static readonly XBrush WatermarkBrush = new XSolidBrush(XColor.FromArgb(48, 180, 0, 0));
    private static readonly XBrush WatermarkMarginBrush = new XSolidBrush(XColor.FromArgb(200, 150, 0, 0));

    // A hidden piece is as wide as as many x's: its width follows its length, and its letters are never measured or drawn.
    private double PieceWidth(TextRun piece, XFont font) =>
        piece.Hidden ? Measure(new string('x', Math.Max(1, piece.Text.Length)), font) : Measure(piece.Text, font);

    // The words of each paragraph as pieces; a space between two hidden pieces is hidden too, so a passage is one bar.
    private List<List<TextRun>> WrapRuns(IReadOnlyList<TextRun> runs, XFont font, double width)
    {
        var letters = runs.SelectMany(r => Clean(r.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Select(c => (Letter: c, r.Hidden))).ToList();
        var lines = new List<List<TextRun>>();
        foreach (var paragraph in Split(letters, '\n'))
        {
            var line = new List<(char Letter, bool Hidden)>();
            foreach (var word in Split(paragraph, ' ').Where(w => w.Count > 0))
            {
                var candidate = line.Count == 0 ? word : [.. line, (' ', line[^1].Hidden && word[0].Hidden), .. word];
                if (Width(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Count > 0)
                {
                    lines.Add(Pieces(line));
                }

                line = [];
                foreach (var letter in word)
                {
                    // A word longer than the line is broken where it reaches the margin.
                    if (line.Count > 0 && Width([.. line, letter]) > width)
                    {
                        lines.Add(Pieces(line));
                        line = [];
                    }

                    line.Add(letter);
                }
            }

            lines.Add(Pieces(line));
        }

        return lines;

        double Width(List<(char Letter, bool Hidden)> line) => Pieces(line).Sum(p => PieceWidth(p, font));
    }

    private static List<List<(char Letter, bool Hidden)>> Split(List<(char Letter, bool Hidden)> letters, char separator)
    {
        var parts = new List<List<(char Letter, bool Hidden)>> { new() };
        foreach (var letter in letters)
        {
            if (letter.Letter == separator)
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(letter);
            }
        }

        return parts;
    }

    private static List<TextRun> Pieces(List<(char Letter, bool Hidden)> line)
    {
        var pieces = new List<TextRun>();
        var text = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            text.Append(line[i].Letter);
            if (i == line.Count - 1 || line[i + 1].Hidden != line[i].Hidden)
            {
                pieces.Add(new TextRun(text.ToString(), line[i].Hidden));
                text.Clear();
            }
        }

        return pieces;
    }

    private static double LineHeight(double size) => size * 1.38;

    private XFont Font(double size, Style style)
    {
        if (!fonts.TryGetValue((size, style), out var font))
        {
            font = new XFont(EmbeddedFonts.Family, size, style switch
            {
                Style.Bold => XFontStyleEx.Bold,
                Style.Italic => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            }, Unicode);
            fonts[(size, style)] = font;
        }

        return font;
    }

    private void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Draw(string line, XFont font, XBrush brush, double x)
    {
        if (line.Length > 0)
        {
            graphics.DrawString(line, font, brush, x, y + font.Size, XStringFormats.BaseLineLeft);
        }
    }

    private double Measure(string text, XFont font) => text.Length == 0 ? 0 : graphics.MeasureString(text, font).Width;

    // Own greedy wrap: PDFsharp's XTextFormatter fills one rectangle and cannot say where text ran out, so it cannot flow over pages.
    private List<string> Wrap(string? text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                if (Measure(word, font) > width)
                {
                    // A word longer than the line (a file name, an address) is broken where it reaches the margin.
                    line = "";
                    foreach (var letter in word.EnumerateRunes())
                    {
                        if (line.Length > 0 && Measure(line + letter, font) > width)
                        {
                            lines.Add(line);
                            line = "";
                        }

                        line += letter;
                    }
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Shortens one line with an ellipsis so it fits (footers and signature names stay on one line).</summary>
    private string Fit(string text, XFont font, double width)
    {
        text = Clean(text);
        if (Measure(text, font) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && (char.IsHighSurrogate(text[cut - 1]) || Measure(text[..cut] + "…", font) > width))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
