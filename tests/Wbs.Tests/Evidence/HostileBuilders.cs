using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Wbs.Tests.Evidence;

/// <summary>Writes hostile files from scratch with the base library only, so the corpus tool can share this file.</summary>
public static class HostileBuilders
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A PDF whose objects are numbered from 1 in order; a byte[] body is written as a stream with its dictionary entries.</summary>
    public static byte[] Pdf(IReadOnlyList<object> objects, string trailerExtra = "")
    {
        using var pdf = new MemoryStream();
        void Raw(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Raw("%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Raw($"{i + 1} 0 obj\n");
            switch (objects[i])
            {
                case (string entries, byte[] data):
                    Raw($"<< {entries} /Length {data.Length} >>\nstream\n");
                    pdf.Write(data);
                    Raw("\nendstream");
                    break;
                case var body:
                    Raw(body.ToString()!);
                    break;
            }

            Raw("\nendobj\n");
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => table.Append(string.Create(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n")));
        Raw(table.ToString());
        Raw($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A one-page PDF whose catalog carries <paramref name="catalogExtra"/>; more objects follow from number 4.</summary>
    public static byte[] PdfPage(string catalogExtra = "", string pageExtra = "", IReadOnlyList<object>? more = null, string trailerExtra = "") =>
        Pdf([
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] {pageExtra}>>",
            .. more ?? [],
        ], trailerExtra);

    /// <summary>
    /// A one-page PDF 1.5 whose page names object 5 as /Packed, and object 5 (<paramref name="packed"/>) lives
    /// compressed inside object stream 4, found through a cross-reference stream (object 6).
    /// </summary>
    public static byte[] PdfWithPackedObject(string packed)
    {
        using var pdf = new MemoryStream();
        void Raw(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Raw("%PDF-1.5\n");
        var offsets = new List<long>();
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Raw($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Packed 5 0 R >>");
        var header = "5 0 ";
        var objectStream = Deflate(Encoding.Latin1.GetBytes(header + packed));
        offsets.Add(pdf.Position);
        Raw($"4 0 obj\n<< /Type /ObjStm /N 1 /First {header.Length} /Filter /FlateDecode /Length {objectStream.Length} >>\nstream\n");
        pdf.Write(objectStream);
        Raw("\nendstream\nendobj\n");

        var xref = pdf.Position;
        var entries = new MemoryStream();
        void Entry(byte type, long field2, int field3)
        {
            entries.WriteByte(type);
            entries.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            entries.Write([(byte)(field3 >> 8), (byte)field3]);
        }

        Entry(0, 0, 65535);
        offsets.ForEach(o => Entry(1, o, 0));
        Entry(2, 4, 0);
        Entry(1, xref, 0);
        Raw($"6 0 obj\n<< /Type /XRef /Size 7 /Root 1 0 R /W [1 4 2] /Length {entries.Length} >>\nstream\n");
        pdf.Write(entries.ToArray());
        Raw($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Deflates <paramref name="size"/> bytes of one repeated byte without holding them in memory.</summary>
    public static byte[] DeflateRepeated(long size, byte value, bool zlib)
    {
        using var output = new MemoryStream();
        using (Stream compressor = zlib ? new ZLibStream(output, CompressionLevel.SmallestSize, true) : new DeflateStream(output, CompressionLevel.SmallestSize, true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, value);
            for (long written = 0; written < size; written += block.Length)
            {
                compressor.Write(block, 0, (int)Math.Min(block.Length, size - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip from named entries; a Func entry streams its content so a bomb is never held inflated.</summary>
    public static byte[] Zip(IEnumerable<(string Name, object Content)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                switch (content)
                {
                    case string text:
                        stream.Write(Encoding.UTF8.GetBytes(text));
                        break;
                    case byte[] bytes:
                        stream.Write(bytes);
                        break;
                    case Action<Stream> write:
                        write(stream);
                        break;
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>A minimal Word package; <paramref name="parts"/> are extra entries (name, content) with their content types.</summary>
    public static byte[] Docx(string body, IEnumerable<(string Name, object Content, string? Type)>? parts = null, string documentRels = "", string mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    {
        var extra = (parts ?? []).ToList();
        return Zip([
            ("[Content_Types].xml", ContentTypes([("/word/document.xml", mainType), .. extra.Where(p => p.Type is not null).Select(p => ("/" + p.Name, p.Type!))])),
            ("_rels/.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"))),
            ("word/document.xml", body.StartsWith("<w:document", StringComparison.Ordinal) || body.StartsWith("<?xml", StringComparison.Ordinal) ? body : $"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>"),
            ("word/_rels/document.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{documentRels}</Relationships>"),
            .. extra.Select(p => (p.Name, p.Content)),
        ]);
    }

    /// <summary>A minimal Excel package with one sheet; <paramref name="sheet"/> is the worksheet XML or a writer for it.</summary>
    public static byte[] Xlsx(object sheet, IEnumerable<(string Name, object Content, string? Type)>? parts = null, string sheetRels = "")
    {
        var extra = (parts ?? []).ToList();
        return Zip([
            ("[Content_Types].xml", ContentTypes([
                ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                ("/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"),
                .. extra.Where(p => p.Type is not null).Select(p => ("/" + p.Name, p.Type!))])),
            ("_rels/.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"))),
            ("xl/workbook.xml", $"<workbook xmlns=\"{S}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", Rels(("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/worksheets/_rels/sheet1.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{sheetRels}</Relationships>"),
            .. extra.Select(p => (p.Name, p.Content)),
        ]);
    }

    public static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static string ContentTypes(IEnumerable<(string Part, string Type)> overrides) =>
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
        + string.Concat(overrides.Select(o => $"<Override PartName=\"{o.Part}\" ContentType=\"{o.Type}\"/>"))
        + "</Types>";

    /// <summary>An ISO BMFF box.</summary>
    public static byte[] Box(string type, byte[] payload) =>
        [.. BigEndian32((uint)(payload.Length + 8)), .. Encoding.Latin1.GetBytes(type), .. payload];

    public static byte[] BigEndian32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    public static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] LittleEndian32(uint value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];
}
