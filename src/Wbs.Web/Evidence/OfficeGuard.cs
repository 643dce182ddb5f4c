using Wbs.Web.Infrastructure;
using System.IO.Compression;
using System.Xml;

namespace Wbs.Web.Evidence;

/// <summary>
/// Reads a Word or Excel package once before the Open XML SDK sees it, counting the bytes actually inflated (headers
/// lie), the entries and the XML nesting, and refusing macros: a bomb or a deep tree stops here with a reason.
/// </summary>
internal static class OfficeGuard
{
    public const long MaxInflatedBytes = 96L * 1024 * 1024;
    public const int MaxEntries = 2000;
    public const int MaxXmlDepth = 256;
    private const long MinRatioCheck = 4L * 1024 * 1024;
    private const long MaxRatio = 100;

    private const string Bomb = "dokumen ini membengkak terlalu besar saat dibuka (lebih dari 96 MB setelah diekstrak, terlalu banyak bagian, atau satu bagian yang membengkak lebih dari seratus kali lipat) sehingga tidak disimpan. Simpan ulang dokumennya atau kirim sebagai PDF.";
    private const string Deep = "dokumen ini bersarang terlalu dalam untuk diperiksa sehingga tidak disimpan. Simpan ulang dokumennya atau kirim sebagai PDF.";
    private const string Macro = "dokumen ini berisi makro (kode VBA) yang dapat dijalankan sehingga tidak disimpan. Simpan ulang sebagai dokumen tanpa makro (.docx/.xlsx) atau kirim sebagai PDF.";

    public static void Check(byte[] data)
    {
        using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
        {
            throw new EvidenceCleaningException(Bomb);
        }

        var budget = MaxInflatedBytes;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                throw new EvidenceCleaningException(Macro);
            }

            using var stream = new CountingStream(entry.Open(), budget, entry.CompressedLength);
            if (IsXml(name))
            {
                ReadXml(stream, name == "[Content_Types].xml");
            }

            stream.CopyTo(Stream.Null);
            budget -= stream.Count;
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void ReadXml(Stream stream, bool contentTypes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.Depth > MaxXmlDepth)
            {
                throw new EvidenceCleaningException(Deep);
            }

            // A macro-enabled document keeps its type even when renamed to .docx; Office would run its code.
            if (contentTypes && reader.NodeType == XmlNodeType.Element
                && reader.GetAttribute("ContentType") is { } type
                && (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            {
                throw new EvidenceCleaningException(Macro);
            }
        }
    }

    /// <summary>Counts what comes out of the inflater and stops at the budget, whatever the entry's header claims.</summary>
    private sealed class CountingStream(Stream inner, long budget, long compressed) : ForwardOnlyStream(inner)
    {
        public long Count { get; private set; }

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override int Read(Span<byte> buffer)
        {
            var read = Inner.Read(buffer);
            Count += read;
            // Text and pictures inflate tens of times at most; a thousandfold entry is a bomb and stops early.
            var bomb = Count > budget || (Count > MinRatioCheck && Count > compressed * MaxRatio);
            return bomb ? throw new EvidenceCleaningException(Bomb) : read;
        }
    }
}
