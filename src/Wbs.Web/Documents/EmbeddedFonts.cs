using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Wbs.Web.Documents;

/// <summary>
/// Serves Liberation Sans (SIL OFL, metrics of Helvetica) from this assembly to PDFsharp, so every document embeds the
/// same font with its accented letters and renders alike on a server without any fonts installed.
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Liberation Sans";
    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";
    private readonly ConcurrentDictionary<string, byte[]> files = new();

    private EmbeddedFonts()
    {
    }

    public static EmbeddedFonts Instance { get; } = new();

    // Every family asked for resolves to ours: there is no other font to fall back on. Italic is slanted by PDFsharp.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName) => files.GetOrAdd(faceName, static name =>
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Wbs.Web.Documents.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the application.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
