using System.Buffers.Binary;
using System.Text;

namespace Wbs.Web.Evidence;

/// <summary>Rewrites a PNG chunk by chunk, keeping only what draws the picture; image data is copied untouched.</summary>
internal static class PngCleaner
{
    private const string Broken = "berkas PNG rusak atau terpotong sehingga metadatanya tidak dapat dibersihkan. Simpan ulang gambarnya lalu unggah lagi.";

    // Chunks that affect how the picture looks (colour, transparency, animation); everything else is left out.
    private static readonly HashSet<string> Drawing =
    [
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi",
        "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT",
    ];

    public static CleanedEvidence Clean(byte[] data)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (!data.AsSpan().StartsWith(signature))
        {
            throw new EvidenceCleaningException(Broken);
        }

        var removed = new RemovedNames();
        using var output = new MemoryStream(data.Length);
        output.Write(signature);
        ushort orientation = 1;
        var afterHeader = -1L;
        var pos = signature.Length;
        var ended = false;
        while (!ended)
        {
            if (pos + 12 > data.Length)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos));
            if (length > int.MaxValue || pos + 12 + (long)length > data.Length)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var type = Encoding.ASCII.GetString(data, pos + 4, 4);
            var payload = data.AsSpan(pos + 8, (int)length);
            var chunkLength = 12 + (int)length;
            if (Drawing.Contains(type))
            {
                output.Write(data, pos, chunkLength);
                afterHeader = type == "IHDR" ? output.Position : afterHeader;
                ended = type == "IEND";
            }
            else
            {
                Name(type, payload, removed, ref orientation);
            }

            pos += chunkLength;
        }

        if (data.AsSpan(pos).ContainsAnyExcept((byte)0))
        {
            removed.Add(MetadataNames.TrailingData);
        }

        var cleaned = output.ToArray();
        if (orientation != 1 && afterHeader > 0)
        {
            cleaned = [.. cleaned.AsSpan(0, (int)afterHeader), .. Chunk("eXIf", ExifFacts.OrientationOnlyTiff(orientation)), .. cleaned.AsSpan((int)afterHeader)];
        }

        return new CleanedEvidence(cleaned, removed.ToList());
    }

    private static void Name(string type, ReadOnlySpan<byte> payload, RemovedNames removed, ref ushort orientation)
    {
        switch (type)
        {
            case "eXIf":
                orientation = ExifFacts.Describe(payload, removed);
                break;
            case "iTXt" when payload.StartsWith("XML:com.adobe.xmp\0"u8):
                removed.Add(MetadataNames.Xmp);
                break;
            case "tEXt" or "zTXt" or "iTXt" when payload.StartsWith("Raw profile type exif\0"u8) || payload.StartsWith("Raw profile type APP1\0"u8):
                removed.Add(MetadataNames.ExifOther);
                break;
            case "tEXt" or "zTXt" or "iTXt" when payload.StartsWith("Raw profile type iptc\0"u8):
                removed.Add(MetadataNames.Iptc);
                break;
            case "tEXt" or "zTXt" or "iTXt" when payload.StartsWith("Comment\0"u8):
                removed.Add(MetadataNames.Comment);
                break;
            case "tEXt" or "zTXt" or "iTXt":
                removed.Add(MetadataNames.PngText);
                break;
            case "tIME":
                removed.Add(MetadataNames.PngTime);
                break;
            default:
                removed.Add(MetadataNames.VendorSegments);
                break;
        }
    }

    private static byte[] Chunk(string type, byte[] payload)
    {
        var chunk = new byte[12 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)payload.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        payload.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + payload.Length), Crc32(chunk.AsSpan(4, 4 + payload.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
