using System.Buffers.Binary;
using System.Text;

namespace Wbs.Web.Evidence;

/// <summary>Rewrites a WebP's RIFF chunks without the EXIF and XMP ones; the compressed picture is copied untouched.</summary>
internal static class WebPCleaner
{
    private const string Broken = "berkas WEBP rusak atau terpotong sehingga metadatanya tidak dapat dibersihkan. Simpan ulang gambarnya lalu unggah lagi.";
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    private static readonly HashSet<string> Drawing = ["VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP"];

    public static CleanedEvidence Clean(byte[] data)
    {
        if (data.Length < 20 || !data.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !data.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            throw new EvidenceCleaningException(Broken);
        }

        var riffEnd = (long)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4)) + 8;
        if (riffEnd > data.Length)
        {
            throw new EvidenceCleaningException(Broken);
        }

        var removed = new RemovedNames();
        var kept = new List<byte[]>();
        ushort orientation = 1;
        var pos = 12;
        while (pos + 8 <= riffEnd)
        {
            var type = Encoding.ASCII.GetString(data, pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(pos + 4));
            var padded = size + (size & 1);
            if (pos + 8 + (long)size > riffEnd)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var payload = data.AsSpan(pos + 8, (int)size);
            if (Drawing.Contains(type))
            {
                kept.Add(Chunk(type, payload.ToArray()));
            }
            else if (type == "EXIF")
            {
                orientation = ExifFacts.Describe(payload, removed);
            }
            else
            {
                removed.Add(type == "XMP " ? MetadataNames.Xmp : MetadataNames.VendorSegments);
            }

            pos += (int)(8 + padded);
        }

        if (data.AsSpan((int)Math.Min(riffEnd, data.Length)).ContainsAnyExcept((byte)0))
        {
            removed.Add(MetadataNames.TrailingData);
        }

        var extended = kept.Find(c => c.AsSpan(0, 4).SequenceEqual("VP8X"u8));
        if (extended is { Length: > 8 })
        {
            extended[8] = (byte)(extended[8] & ~(ExifFlag | XmpFlag));
            if (orientation != 1)
            {
                extended[8] |= ExifFlag;
                kept.Add(Chunk("EXIF", ExifFacts.OrientationOnlyTiff(orientation)));
            }
        }

        var cleaned = new byte[12 + kept.Sum(c => c.Length)];
        "RIFF"u8.CopyTo(cleaned);
        BinaryPrimitives.WriteUInt32LittleEndian(cleaned.AsSpan(4), (uint)(cleaned.Length - 8));
        "WEBP"u8.CopyTo(cleaned.AsSpan(8));
        var at = 12;
        foreach (var chunk in kept)
        {
            chunk.CopyTo(cleaned.AsSpan(at));
            at += chunk.Length;
        }

        return new CleanedEvidence(cleaned, removed.ToList());
    }

    private static byte[] Chunk(string type, byte[] payload)
    {
        var chunk = new byte[8 + payload.Length + (payload.Length & 1)];
        Encoding.ASCII.GetBytes(type, chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(chunk.AsSpan(8));
        return chunk;
    }
}
