using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Wbs.Web.Evidence;

/// <summary>
/// Replaces the names and times of the people who revised or commented a Word or Excel file. Parts are rewritten as
/// a stream of XML nodes (no tree is built), so a part of any depth costs no stack.
/// </summary>
internal static class OfficeIdentity
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WordCommentsExtensible = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
    private const string Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Neutral = "Penulis";

    public static void Clean(OpenXmlPackage package, RemovedNames removed)
    {
        foreach (var part in package.GetAllParts().Where(p => p.ContentType.EndsWith("xml", StringComparison.Ordinal)).ToList())
        {
            using var output = new MemoryStream();
            bool changed;
            using (var input = part.GetStream(FileMode.Open, FileAccess.Read))
            {
                changed = Rewrite(input, output, removed);
            }

            if (changed)
            {
                output.Position = 0;
                part.FeedData(output);
            }
        }
    }

    /// <summary>What to do with one attribute: keep it, drop it, or give it the neutral name; and what the reporter is told.</summary>
    private static (bool Drop, bool Neutralise, string? Name) Judge(string element, string ns, string attributeNs, string attribute)
    {
        if (attributeNs == Word)
        {
            var name = element == "comment" ? MetadataNames.WordCommentAuthors : MetadataNames.WordRevisionAuthors;
            return attribute switch
            {
                "author" => (false, true, name),
                "initials" or "date" => (true, false, name),
                _ => (false, false, null),
            };
        }

        if (attributeNs == WordCommentsExtensible && attribute == "dateUtc")
        {
            return (true, false, MetadataNames.WordCommentAuthors);
        }

        if (ns == Sheet || ns.StartsWith("http://schemas.microsoft.com/office/spreadsheetml/", StringComparison.Ordinal))
        {
            return (element, attribute) switch
            {
                ("person", "displayName" or "userId") => (false, true, MetadataNames.ExcelPeople),
                ("person", "providerId") => (true, false, MetadataNames.ExcelPeople),
                ("header", "userName") or ("userInfo", "name") => (false, true, MetadataNames.ExcelRevisionAuthors),
                _ => (false, false, null),
            };
        }

        return (false, false, null);
    }

    private static bool Rewrite(Stream input, Stream output, RemovedNames removed)
    {
        var changed = false;
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        var writerSettings = new XmlWriterSettings { CloseOutput = false, Encoding = new System.Text.UTF8Encoding(false) };
        using var reader = XmlReader.Create(input, readerSettings);
        using var writer = XmlWriter.Create(output, writerSettings);
        var read = true;
        while (read ? reader.Read() : !reader.EOF)
        {
            read = true;
            if (reader.Depth > OfficeGuard.MaxXmlDepth)
            {
                throw new EvidenceCleaningException("dokumen ini bersarang terlalu dalam untuk diperiksa sehingga tidak disimpan. Simpan ulang dokumennya atau kirim sebagai PDF.");
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    changed |= CopyElement(reader, writer, removed, out var movedOn);
                    read = !movedOn;
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.XmlDeclaration:
                    writer.WriteStartDocument(reader.GetAttribute("standalone") == "yes");
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
            }
        }

        writer.Flush();
        return changed;
    }

    /// <param name="movedOn">True when the element was read to its end and the reader already stands on the next node.</param>
    private static bool CopyElement(XmlReader reader, XmlWriter writer, RemovedNames removed, out bool movedOn)
    {
        movedOn = false;
        var changed = false;
        var (element, ns, empty) = (reader.LocalName, reader.NamespaceURI, reader.IsEmptyElement);
        writer.WriteStartElement(reader.Prefix, element, ns);
        while (reader.MoveToNextAttribute())
        {
            var (drop, neutralise, name) = Judge(element, ns, reader.NamespaceURI, reader.LocalName);
            var value = reader.Value;
            if (name is not null && value.Length > 0 && value != Neutral)
            {
                removed.Add(name);
                changed = true;
            }

            if (!drop)
            {
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, neutralise && value.Length > 0 ? Neutral : value);
            }
        }

        reader.MoveToElement();
        if (empty)
        {
            writer.WriteEndElement();
        }
        else if (ns == Sheet && element == "author")
        {
            // Excel's comment authors are element text: <authors><author>Name</author></authors>.
            var text = reader.ReadInnerXml();
            if (text.Length > 0 && text != Neutral)
            {
                removed.Add(MetadataNames.ExcelCommentAuthors);
                changed = true;
            }

            writer.WriteString(Neutral);
            writer.WriteFullEndElement();
            movedOn = true;
        }

        return changed;
    }
}
