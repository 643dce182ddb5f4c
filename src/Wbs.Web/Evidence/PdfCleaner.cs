using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Wbs.Web.Evidence;

/// <summary>
/// Opens a PDF with PDFsharp, drops its document information and XMP metadata, and writes a fresh whole file:
/// earlier revisions kept by incremental saves are not carried over, because only the current objects are written.
/// PDFsharp always writes its own name as Creator/Producer and a matching blank XMP packet; neither holds anything
/// of the original.
/// </summary>
internal static class PdfCleaner
{
    private const string Unreadable = "PDF ini tidak dapat dibuka untuk dibersihkan dari metadata (mungkin rusak atau memakai fitur yang tidak didukung). Cetak ulang ke PDF (\"Print to PDF\") lalu unggah lagi.";
    private const string Circular = "PDF ini rusak sehingga pembacanya berputar tanpa akhir (misalnya teks heksadesimal yang tidak pernah ditutup), jadi tidak disimpan. Cetak ulang ke PDF (\"Print to PDF\") lalu unggah lagi.";
    private const string Locked = "PDF ini dikunci dengan kata sandi atau enkripsi sehingga metadatanya tidak dapat dibersihkan. Buka kuncinya atau cetak ulang ke PDF lalu unggah lagi.";

    public static CleanedEvidence Clean(byte[] data)
    {
        PdfGuard.Check(data);
        var removed = new RemovedNames();
        using var input = new ParserReadBudget(data);
        using var document = Open(input);
        // PDFsharp stamps ModDate on opening for modification; name it only when the file itself carried one.
        var infoKeys = document.Info.Elements.Keys
            .Where(k => k != "/ModDate" || data.AsSpan().IndexOf("/ModDate"u8) >= 0)
            .Select(k => k.TrimStart('/')).Where(k => k.Length > 0).ToList();
        if (infoKeys.Count > 0)
        {
            removed.Add(MetadataNames.PdfInfo(infoKeys));
        }

        if (document.Internals.Catalog.Elements.Remove("/Metadata"))
        {
            removed.Add(MetadataNames.PdfXmp);
        }

        if (HasEarlierRevisions(data))
        {
            removed.Add(MetadataNames.PdfRevisions);
        }

        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            RemoveKey(dictionary, "/Metadata", MetadataNames.PdfObjectXmp, removed);
            RemoveKey(dictionary, "/PieceInfo", MetadataNames.PdfPieceInfo, removed);
            if (dictionary is PdfPage)
            {
                RemoveKey(dictionary, "/Thumb", MetadataNames.PdfEmbeddedThumbnails, removed);
            }

            CleanEmbeddedJpeg(dictionary, removed);
            PdfActiveContent.Clean(dictionary, removed);
        }

        PdfActiveContent.CleanDocument(document, data, removed);

        document.Info.Elements.Clear();
        using var output = new MemoryStream(data.Length);
        try
        {
            document.Save(output, closeStream: false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Refusal(ex);
        }

        return new CleanedEvidence(output.ToArray(), removed.ToList());
    }

    private static PdfDocument Open(ParserReadBudget input)
    {
        try
        {
            return PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        }
        catch (PdfReaderException ex) when (ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            throw new EvidenceCleaningException(Locked, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Refusal(ex);
        }
    }

    /// <summary>PDFsharp wraps what our stream throws; a parser stopped for going round in circles gets its own reason.</summary>
    private static EvidenceCleaningException Refusal(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is ParserBudgetExceededException)
            {
                return new EvidenceCleaningException(Circular, ex);
            }
        }

        return new EvidenceCleaningException(Unreadable, ex);
    }

    /// <summary>Photos placed into a PDF often keep their whole JPEG file, EXIF and GPS included.</summary>
    private static void CleanEmbeddedJpeg(PdfDictionary dictionary, RemovedNames removed)
    {
        if (dictionary.Stream is not { Value: { Length: > 4 } jpeg } stream
            || dictionary.Elements.GetName("/Filter") != "/DCTDecode"
            || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return;
        }

        CleanedEvidence cleaned;
        try
        {
            cleaned = JpegCleaner.Clean(jpeg);
        }
        catch (EvidenceCleaningException)
        {
            // A picture PDF viewers draw but we cannot parse is left as drawn; the document itself is still cleaned.
            return;
        }

        if (cleaned.RemovedMetadata.Count > 0)
        {
            stream.Value = cleaned.Content;
            removed.Add(MetadataNames.PdfEmbeddedImages(cleaned.RemovedMetadata));
        }
    }

    private static void RemoveKey(PdfDictionary dictionary, string key, string name, RemovedNames removed)
    {
        if (dictionary.Elements.Remove(key))
        {
            removed.Add(name);
        }
    }

    /// <summary>Every save appends an end-of-file mark; a linearized file has one more that is not a revision.</summary>
    private static bool HasEarlierRevisions(byte[] data)
    {
        var span = data.AsSpan();
        var marks = 0;
        for (var at = span.IndexOf("%%EOF"u8); at >= 0; at = span.IndexOf("%%EOF"u8))
        {
            marks++;
            span = span[(at + 5)..];
        }

        var linearized = data.AsSpan(0, Math.Min(data.Length, 2048)).IndexOf("/Linearized"u8) >= 0;
        return marks > (linearized ? 2 : 1);
    }
}
