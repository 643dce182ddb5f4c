namespace Wbs.Web.Evidence;

/// <summary>
/// Reads a PDF's bytes once before PDFsharp sees them and refuses arrays and dictionaries nested deeper than any real
/// document needs: PDFsharp reads them recursively, so a deep one would otherwise decide by the size of the worker's
/// stack whether the file is refused or kept. Strings, comments and stream data are skipped, as a reader would.
/// Objects inside compressed object streams are not seen here; the worker's fixed stack still stops those.
/// </summary>
internal static class PdfGuard
{
    public const int MaxNesting = 256;

    private const string Deep = "PDF ini bersarang terlalu dalam untuk diperiksa (mungkin rusak atau sengaja dibuat untuk menyerang) sehingga tidak disimpan. Cetak ulang ke PDF (\"Print to PDF\") lalu unggah lagi.";

    public static void Check(ReadOnlySpan<byte> pdf)
    {
        var depth = 0;
        for (var at = 0; at < pdf.Length; at++)
        {
            switch (pdf[at])
            {
                case (byte)'%':
                    at = SkipComment(pdf, at);
                    break;
                case (byte)'(':
                    at = SkipLiteralString(pdf, at);
                    break;
                case (byte)'<' when at + 1 < pdf.Length && pdf[at + 1] == (byte)'<':
                case (byte)'[':
                    if (pdf[at] == (byte)'<')
                    {
                        at++;
                    }

                    if (++depth > MaxNesting)
                    {
                        throw new EvidenceCleaningException(Deep);
                    }

                    break;
                case (byte)'<':
                    at = SkipHexString(pdf, at);
                    break;
                case (byte)'>' when at + 1 < pdf.Length && pdf[at + 1] == (byte)'>':
                case (byte)']':
                    if (pdf[at] == (byte)'>')
                    {
                        at++;
                    }

                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when IsKeyword(pdf, at, "stream"u8):
                    at = SkipStreamData(pdf, at);
                    depth = 0;
                    break;
                case (byte)'e' when IsKeyword(pdf, at, "endobj"u8):
                    // A broken object cannot leave its depth to the next one.
                    depth = 0;
                    break;
            }
        }
    }

    private static int SkipComment(ReadOnlySpan<byte> pdf, int at)
    {
        var end = pdf[at..].IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? pdf.Length : at + end;
    }

    /// <summary>A literal string: balanced parentheses, a backslash escapes the next byte.</summary>
    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int at)
    {
        var open = 0;
        for (; at < pdf.Length; at++)
        {
            switch (pdf[at])
            {
                case (byte)'\\':
                    at++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return at;
            }
        }

        return pdf.Length;
    }

    private static int SkipHexString(ReadOnlySpan<byte> pdf, int at)
    {
        var end = pdf[at..].IndexOf((byte)'>');
        return end < 0 ? pdf.Length : at + end;
    }

    private static int SkipStreamData(ReadOnlySpan<byte> pdf, int at)
    {
        var end = pdf[at..].IndexOf("endstream"u8);
        return end < 0 ? pdf.Length : at + end + "endstream".Length - 1;
    }

    /// <summary>The keyword at <paramref name="at"/> as a whole token, not part of a longer name like /Substream.</summary>
    private static bool IsKeyword(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> keyword) =>
        pdf[at..].StartsWith(keyword)
        && (at == 0 || (pdf[at - 1] != (byte)'/' && IsDelimiterOrSpace(pdf[at - 1])))
        && (at + keyword.Length == pdf.Length || IsDelimiterOrSpace(pdf[at + keyword.Length]));

    private static bool IsDelimiterOrSpace(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'/' or (byte)'%';
}
