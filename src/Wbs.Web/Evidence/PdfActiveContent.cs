using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Wbs.Web.Evidence;

/// <summary>
/// Takes out what in a PDF can run code or carry another file, and the names on annotations: JavaScript and
/// automatic actions, embedded files and file attachments, annotation authors, and the document's identifier.
/// </summary>
internal static class PdfActiveContent
{
    private static readonly HashSet<string> CodeActions = ["/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/GoToE", "/Rendition"];

    public static void Clean(PdfDictionary dictionary, RemovedNames removed)
    {
        foreach (var key in (string[])["/AA", "/OpenAction", "/JS"])
        {
            if (dictionary.Elements.Remove(key))
            {
                removed.Add(MetadataNames.PdfJavaScript);
            }
        }

        if (dictionary.Elements.GetName("/S") is { } action && CodeActions.Contains(action))
        {
            dictionary.Elements.Clear();
            removed.Add(MetadataNames.PdfJavaScript);
        }

        if (dictionary.Elements.GetDictionary("/A") is { } pointed && CodeActions.Contains(pointed.Elements.GetName("/S")))
        {
            dictionary.Elements.Remove("/A");
            removed.Add(MetadataNames.PdfJavaScript);
        }

        // A file specification's /EF holds the attached file's bytes; the attachment itself is dropped too.
        if (dictionary.Elements.Remove("/EF") | dictionary.Elements.Remove("/RF"))
        {
            removed.Add(MetadataNames.PdfEmbeddedFiles);
        }

        if (dictionary.Elements.GetName("/Type") == "/EmbeddedFile" && dictionary.Stream is { } stream)
        {
            stream.Value = [];
            dictionary.Elements.Remove("/Params");
            removed.Add(MetadataNames.PdfEmbeddedFiles);
        }

        // Markup annotations (comments, highlights, stamps) carry their author in /T; form fields use /T as a field name.
        if (dictionary.Elements.GetName("/Subtype") is { Length: > 0 } subtype && subtype != "/Widget" && dictionary.Elements.ContainsKey("/Rect"))
        {
            if (dictionary.Elements.Remove("/T") | dictionary.Elements.Remove("/M") | dictionary.Elements.Remove("/CreationDate"))
            {
                removed.Add(MetadataNames.PdfAnnotationAuthors);
            }
        }

        if (dictionary.Elements.GetName("/Subtype") == "/FileAttachment" && dictionary.Elements.Remove("/FS"))
        {
            removed.Add(MetadataNames.PdfEmbeddedFiles);
        }

        if (dictionary.Elements.GetName("/Type") == "/Page" && dictionary.Elements.GetArray("/Annots") is { } annotations)
        {
            for (var i = annotations.Elements.Count - 1; i >= 0; i--)
            {
                if (annotations.Elements.GetDictionary(i) is { } annotation && annotation.Elements.GetName("/Subtype") == "/FileAttachment")
                {
                    annotations.Elements.RemoveAt(i);
                    removed.Add(MetadataNames.PdfEmbeddedFiles);
                }
            }
        }
    }

    public static void CleanDocument(PdfDocument document, byte[] original, RemovedNames removed)
    {
        if (document.Internals.Catalog.Elements.GetDictionary("/Names") is { } names)
        {
            if (names.Elements.Remove("/JavaScript"))
            {
                removed.Add(MetadataNames.PdfJavaScript);
            }

            if (names.Elements.Remove("/EmbeddedFiles"))
            {
                removed.Add(MetadataNames.PdfEmbeddedFiles);
            }
        }

        // The /ID pair links copies of one file (and a file to the computer that first made it); a fresh one replaces it.
        if (original.AsSpan().IndexOf("/ID"u8) >= 0)
        {
            removed.Add(MetadataNames.PdfDocumentId);
        }

        document.Internals.FirstDocumentID = Guid.NewGuid().ToString("N");
        document.Internals.SecondDocumentID = Guid.NewGuid().ToString("N");
    }
}
