using System.IO.Compression;
using System.Text;
using static Wbs.Tests.Evidence.HostileBuilders;

namespace Wbs.Tests.Evidence;

/// <summary>One hostile file: what it attacks, and how it is made (bombs are built only when asked for).</summary>
public sealed record HostileFile(string Name, string Attack, string ContentType, Func<byte[]> Build);

/// <summary>
/// Files an attacker would upload as evidence, for every accepted kind: deep nesting, overflowing sizes, truncated
/// structures, bombs, polyglots and active content. Each payload carries a marker that must never reach staff.
/// </summary>
public static class HostileCorpus
{
    public const string Author = "Penyusup Rahasia";
    public const string Payload = "HOSTILE-PAYLOAD";

    /// <summary>Byte strings that must not be in a stored (cleaned) file.</summary>
    public static readonly IReadOnlyList<string> UnsafeMarkers = [Payload, "<script", Author, "/JavaScript", "/EmbeddedFile", "vbaProject", "/OpenAction"];

    private const string Jpg = "image/jpeg";
    private const string Png = "image/png";
    private const string WebP = "image/webp";
    private const string PdfType = "application/pdf";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Mp4Type = "video/mp4";

    public static IReadOnlyList<HostileFile> All { get; } =
    [
        new("jpg-zero-length-segment.jpg", "JPEG segment whose length is 0", Jpg, () => [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x00, .. new byte[64]]),
        new("jpg-segment-past-end.jpg", "JPEG segment length past the end", Jpg, () => [0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0x45, 0x78]),
        new("jpg-truncated.jpg", "JPEG cut in its scan data", Jpg, () => Jpeg()[..^20]),
        new("jpg-fill-bytes.jpg", "JPEG of endless 0xFF fill bytes", Jpg, () => [0xFF, 0xD8, .. Enumerable.Repeat((byte)0xFF, 200_000)]),
        new("jpg-html-polyglot.jpg", "JPEG carrying an HTML page in a comment and after its end", Jpg, () => [.. Jpeg(Html), .. Encoding.ASCII.GetBytes(Html)]),
        new("png-length-ffffffff.png", "PNG chunk length 0xFFFFFFFF", Png, () => [.. PngSignature, .. BigEndian32(0xFFFFFFFF), .. "IHDR"u8, .. new byte[17]]),
        new("png-no-end.png", "PNG without IEND", Png, () => PngFile(withEnd: false)),
        new("png-truncated.png", "PNG cut inside a chunk", Png, () => PngFile()[..30]),
        new("png-text-script.png", "PNG with a script in a text chunk", Png, () => PngFile(text: Html)),
        new("webp-riff-huge.webp", "WebP whose RIFF size is 0xFFFFFFF0", WebP, () => [.. "RIFF"u8, .. LittleEndian32(0xFFFFFFF0), .. "WEBP"u8, .. "VP8L"u8, .. LittleEndian32(4), 1, 2, 3, 4]),
        new("webp-chunk-huge.webp", "WebP chunk size 0xFFFFFFFF", WebP, () => WebPFile("VP8L", uint.MaxValue)),
        new("webp-truncated.webp", "WebP cut after its header", WebP, () => WebPFile("VP8L", 4)[..18]),
        new("webp-xmp-payload.webp", "WebP with XMP naming the author", WebP, () => WebPFile("XMP ", 0, Encoding.ASCII.GetBytes($"<x:xmpmeta>{Author} {Payload}</x:xmpmeta>"))),
        new("pdf-nested-arrays.pdf", "PDF of 20,000 nested arrays", PdfType, DeepPdfArrays),
        new("pdf-nested-packed-arrays.pdf", "PDF of 20,000 nested arrays inside a compressed object stream", PdfType, () => PdfWithPackedObject($"{new string('[', 20_000)}{new string(']', 20_000)}")),
        new("pdf-nested-dictionaries.pdf", "PDF of 20,000 nested dictionaries", PdfType, () => PdfPage($"/Deep {string.Concat(Enumerable.Repeat("<< /A ", 20_000))}1{string.Concat(Enumerable.Repeat(" >>", 20_000))} ")),
        new("pdf-page-tree-loop.pdf", "PDF whose page tree contains itself", PdfType, () => Pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"])),
        new("pdf-xref-past-end.pdf", "PDF whose startxref points past the end", PdfType, () => Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 2 >>\nstartxref\n9223372036854775807\n%%EOF\n")),
        new("pdf-truncated.pdf", "PDF cut in half", PdfType, () => PdfPage()[..120]),
        new("pdf-stream-bomb.pdf", "PDF object stream inflating to 300 MB", PdfType, PdfBomb),
        new("pdf-active-content.pdf", "PDF with JavaScript, an embedded file, an attachment and annotation authors", PdfType, ActivePdf),
        new("pdf-hex-to-end.pdf", "PDF whose trailer opens a hexadecimal string that runs to the end of the file", PdfType, () => PdfWithTrailerTail("/ID [<0123456789ABCDEF startxref")),
        new("pdf-hex-swallows-close.pdf", "PDF whose hexadecimal string's closing > is read as a digit", PdfType, () => PdfWithTrailerTail("/ID [<A\n>")),
        new("pdf-xref-prev-loop.pdf", "PDF whose cross-reference table names itself as the previous one", PdfType, PrevLoopPdf),
        new("pdf-zip-polyglot.pdf", "PDF that is also a zip holding an HTML page", PdfType, () => [.. PdfPage(), .. Zip([("index.html", Html)])]),
        new("docx-nested-elements.docx", "DOCX with 100,000 nested elements", DocxType, DeepDocx),
        new("docx-zip-bomb.docx", "DOCX part inflating to 300 MB", DocxType, () => Docx("<w:p/>", [("word/media/bomb.bin", (Action<Stream>)(s => Repeat(s, 300L << 20)), null)])),
        new("docx-many-entries.docx", "DOCX of 5,000 zip entries", DocxType, () => Docx("<w:p/>", Enumerable.Range(0, 5000).Select(i => ($"word/x{i}.bin", (object)"x", (string?)null)))),
        new("docx-entity-expansion.docx", "DOCX with a billion-laughs DTD", DocxType, () => Docx($"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"{Payload}\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>")),
        new("docx-macro-project.docx", "DOCX carrying vbaProject.bin", DocxType, () => Docx("<w:p/>", [("word/vbaProject.bin", Encoding.ASCII.GetBytes(Payload), "application/vnd.ms-office.vbaProject")])),
        new("docx-macro-enabled.docx", "Macro-enabled Word file renamed to .docx", DocxType, () => Docx("<w:p/>", mainType: "application/vnd.ms-word.document.macroEnabled.main+xml")),
        new("docx-identities.docx", "DOCX with tracked-change and comment authors", DocxType, IdentityDocx),
        new("docx-truncated.docx", "DOCX cut in half", DocxType, () => { var d = IdentityDocx(); return d[..(d.Length / 2)]; }),
        new("xlsx-zip-bomb.xlsx", "XLSX sheet inflating to 200 MB", XlsxType, XlsxBomb),
        new("xlsx-identities.xlsx", "XLSX with comment authors, people and revision names", XlsxType, IdentityXlsx),
        new("xlsx-nested-elements.xlsx", "XLSX with 100,000 nested elements", XlsxType, () => Xlsx($"<worksheet xmlns=\"{S}\">{string.Concat(Enumerable.Repeat("<x>", 100_000))}{string.Concat(Enumerable.Repeat("</x>", 100_000))}</worksheet>")),
        new("mp4-size-near-2-63.mp4", "MP4 box with a 64-bit size near 2^63 (32 bytes)", Mp4Type, SpinningMp4),
        new("mp4-size-past-end.mp4", "MP4 box larger than the file", Mp4Type, () => [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]), .. BigEndian32(0x7FFFFFFF), .. "moov"u8]),
        new("mp4-large-size-too-small.mp4", "MP4 64-bit size smaller than its header", Mp4Type, () => [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]), 0, 0, 0, 1, .. "moov"u8, 0, 0, 0, 0, 0, 0, 0, 8]),
        new("mp4-deep-boxes.mp4", "MP4 of 10,000 nested moov boxes", Mp4Type, DeepMp4),
        new("mp4-udta-payload.mp4", "MP4 with a location and an author in udta", Mp4Type, () => [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]), .. Box("moov", Box("udta", Encoding.ASCII.GetBytes($"{Author} {Payload}"))), .. Box("mdat", new byte[16])]),
    ];

    private const string Html = "<html><body><script>alert('" + Payload + "')</script></body></html>";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static HostileFile Named(string name) => All.Single(f => f.Name == name);

    /// <summary>The first unsafe marker found in a stored file (zip parts are inflated first), or null.</summary>
    public static string? FindUnsafe(byte[] stored)
    {
        var texts = new List<string> { Encoding.Latin1.GetString(stored) };
        if (stored.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            using var zip = new ZipArchive(new MemoryStream(stored), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
                texts.Add(entry.FullName + "\n" + reader.ReadToEnd());
            }
        }

        return UnsafeMarkers.FirstOrDefault(marker => texts.Any(t => t.Contains(marker, StringComparison.Ordinal)));
    }

    public static byte[] DeepPdfArrays() => PdfPage($"/Deep {new string('[', 20_000)}{new string(']', 20_000)} ");

    /// <summary>A one-page PDF whose trailer dictionary ends in <paramref name="tail"/> and is never closed: no '&gt;' follows.</summary>
    public static byte[] PdfWithTrailerTail(string tail)
    {
        var text = Encoding.Latin1.GetString(PdfPage());
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var xref = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0];
        return Encoding.Latin1.GetBytes($"{text[..trailer]}trailer\n<< /Size 4 /Root 1 0 R {tail}\nstartxref\n{xref}\n%%EOF\n");
    }

    /// <summary>A one-page PDF whose trailer's /Prev points at its own cross-reference table.</summary>
    public static byte[] PrevLoopPdf()
    {
        var text = Encoding.Latin1.GetString(PdfPage());
        var xref = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0];
        return PdfPage(trailerExtra: $"/Prev {xref} ");
    }

    public static byte[] DeepDocx() => Docx($"<w:document xmlns:w=\"{W}\"><w:body>{string.Concat(Enumerable.Repeat("<w:p>", 100_000))}{string.Concat(Enumerable.Repeat("</w:p>", 100_000))}</w:body></w:document>");

    public static byte[] SpinningMp4() => [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]), 0, 0, 0, 1, .. "free"u8, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF0];

    private static byte[] DeepMp4()
    {
        var box = Box("mdat", new byte[8]);
        for (var i = 0; i < 10_000; i++)
        {
            box = Box("moov", box);
        }

        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0]), .. box];
    }

    public static byte[] XlsxBomb() => Xlsx((Action<Stream>)(s =>
    {
        s.Write(Encoding.ASCII.GetBytes($"<worksheet xmlns=\"{S}\"><sheetData>"));
        Repeat(s, 200L << 20, (byte)' ');
        s.Write("</sheetData></worksheet>"u8);
    }));

    public static byte[] ActivePdf()
    {
        var attached = Encoding.ASCII.GetBytes($"Foto asli dengan GPS {Payload}");
        return PdfPage(
            catalogExtra: "/OpenAction 4 0 R /AA << /WC 4 0 R >> /Names << /JavaScript << /Names [(a) 4 0 R] >> /EmbeddedFiles << /Names [(foto.jpg) 5 0 R] >> >> ",
            pageExtra: "/Annots [7 0 R 8 0 R] /AA << /O 4 0 R >> ",
            more:
            [
                $"<< /Type /Action /S /JavaScript /JS (app.alert('{Payload}')) >>",
                "<< /Type /Filespec /F (foto.jpg) /EF << /F 6 0 R >> >>",
                ("/Type /EmbeddedFile", attached),
                $"<< /Type /Annot /Subtype /Text /Rect [10 10 50 50] /T ({Author}) /Contents (catatan) /M (D:20261120081500) >>",
                "<< /Type /Annot /Subtype /FileAttachment /Rect [60 60 90 90] /FS 5 0 R >>",
            ],
            trailerExtra: "/ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ");
    }

    private static byte[] PdfBomb()
    {
        var inflated = DeflateRepeated(300L << 20, (byte)' ', zlib: true);
        return PdfPage(more: [("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", inflated)]);
    }

    public static byte[] IdentityDocx()
    {
        var body = $"<w:p><w:ins w:id=\"1\" w:author=\"{Author}\" w:date=\"2026-11-20T08:15:00Z\"><w:r><w:t>tambahan</w:t></w:r></w:ins>"
            + $"<w:del w:id=\"2\" w:author=\"{Author}\" w:initials=\"PR\" w:date=\"2026-11-20T08:16:00Z\"><w:r><w:delText>hapus</w:delText></w:r></w:del>"
            + "<w:commentRangeStart w:id=\"3\"/><w:r><w:t>isi</w:t></w:r><w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></w:p>";
        return Docx(body,
            [
                ("word/comments.xml", $"<w:comments xmlns:w=\"{W}\"><w:comment w:id=\"3\" w:author=\"{Author}\" w:initials=\"PR\" w:date=\"2026-11-20T08:17:00Z\"><w:p><w:r><w:t>komentar</w:t></w:r></w:p></w:comment></w:comments>", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
                ("word/people.xml", $"<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"><w15:person w15:author=\"{Author}\"/></w15:people>", "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml"),
            ],
            documentRels: "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>"
                + "<Relationship Id=\"rIdP\" Type=\"http://schemas.microsoft.com/office/2011/relationships/people\" Target=\"people.xml\"/>");
    }

    public static byte[] IdentityXlsx() => Xlsx(
        $"<worksheet xmlns=\"{S}\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>",
        [
            ("xl/comments1.xml", $"<comments xmlns=\"{S}\"><authors><author>{Author}</author></authors><commentList><comment ref=\"A1\" authorId=\"0\"><text><t>catatan</t></text></comment></commentList></comments>", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"),
        ],
        sheetRels: "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"../comments1.xml\"/>");

    private static void Repeat(Stream stream, long size, byte value = 0)
    {
        var block = new byte[1 << 20];
        Array.Fill(block, value);
        for (long written = 0; written < size; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }
    }

    /// <summary>A structurally valid JPEG (segments only; the scan bytes are filler), optionally with a comment.</summary>
    private static byte[] Jpeg(string? comment = null)
    {
        byte[] Segment(byte marker, byte[] payload) => [0xFF, marker, .. BigEndian16(payload.Length + 2), .. payload];
        return
        [
            0xFF, 0xD8,
            .. Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
            .. comment is null ? [] : Segment(0xFE, Encoding.ASCII.GetBytes(comment)),
            .. Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]),
            .. Segment(0xC0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
            .. Segment(0xDA, [1, 1, 0, 0, 63, 0]),
            .. Enumerable.Repeat((byte)0x55, 64),
            0xFF, 0xD9,
        ];
    }

    private static byte[] PngFile(bool withEnd = true, string? text = null)
    {
        byte[] Chunk(string type, byte[] payload)
        {
            byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. payload];
            return [.. BigEndian32((uint)payload.Length), .. typed, .. BigEndian32(Crc32(typed))];
        }

        return
        [
            .. PngSignature,
            .. Chunk("IHDR", [.. BigEndian32(1), .. BigEndian32(1), 8, 0, 0, 0, 0]),
            .. text is null ? [] : Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + text)),
            .. Chunk("IDAT", Deflate([0, 0])),
            .. withEnd ? Chunk("IEND", []) : [],
        ];
    }

    private static byte[] WebPFile(string type, uint declared, byte[]? payload = null)
    {
        payload ??= new byte[4];
        byte[] chunks = [.. "VP8L"u8, .. LittleEndian32(4), 0x2F, 0, 0, 0];
        if (type != "VP8L" || declared != 0)
        {
            chunks = [.. chunks, .. Encoding.ASCII.GetBytes(type), .. LittleEndian32(declared == 0 ? (uint)payload.Length : declared), .. payload];
        }

        return [.. "RIFF"u8, .. LittleEndian32((uint)(4 + chunks.Length)), .. "WEBP"u8, .. chunks];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
