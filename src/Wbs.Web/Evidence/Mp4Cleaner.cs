using System.Buffers.Binary;
using System.Text;

namespace Wbs.Web.Evidence;

/// <summary>
/// Blanks the metadata boxes of an MP4 in place: each becomes a 'free' box of the same size filled with zeros, so
/// the offsets that point into the video data stay valid and the video plays as before. Timed metadata tracks
/// cannot be taken out this way; the reporter is told so.
/// </summary>
internal static class Mp4Cleaner
{
    private const string Broken = "video MP4 ini rusak atau terpotong sehingga metadatanya tidak dapat dibersihkan. Simpan ulang videonya lalu unggah lagi.";

    private static readonly byte[] XmpUuid =
        [0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8, 0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC];

    private static readonly HashSet<string> TimedMetadataHandlers = ["meta", "gpmd", "camm"];

    public static CleanedEvidence Clean(byte[] original)
    {
        var data = (byte[])original.Clone();
        var removed = new RemovedNames();
        var trackWarning = false;
        Walk(data, 0, data.Length, depth: 0, removed, ref trackWarning);
        if (trackWarning)
        {
            removed.Add(MetadataNames.VideoTrackNotRemoved);
        }

        return new CleanedEvidence(data, removed.ToList());
    }

    private static void Walk(byte[] data, int start, int end, int depth, RemovedNames removed, ref bool trackWarning)
    {
        var pos = start;
        while (pos + 8 <= end)
        {
            ulong size = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos));
            var type = Encoding.ASCII.GetString(data, pos + 4, 4);
            var header = 8;
            if (size == 1)
            {
                if (pos + 16 > end)
                {
                    throw new EvidenceCleaningException(Broken);
                }

                size = BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(pos + 8));
                header = 16;
            }
            else if (size == 0)
            {
                size = (ulong)(end - pos);
            }

            // Compared unsigned against what is left, never added to pos: a 64-bit size near 2^63 cannot wrap around.
            if (size < (ulong)header || size > (ulong)(end - pos))
            {
                throw new EvidenceCleaningException(Broken);
            }

            var boxEnd = pos + (int)size;
            switch (type)
            {
                case "moov" or "trak" or "mdia" or "edts" when depth < 8:
                    Walk(data, pos + header, boxEnd, depth + 1, removed, ref trackWarning);
                    break;
                case "udta":
                    Blank(data, pos, header, boxEnd);
                    removed.Add(MetadataNames.VideoUserData);
                    break;
                case "meta":
                    Blank(data, pos, header, boxEnd);
                    removed.Add(MetadataNames.VideoMeta);
                    break;
                case "uuid":
                    var isXmp = boxEnd - pos - header >= 16 && data.AsSpan(pos + header, 16).SequenceEqual(XmpUuid);
                    Blank(data, pos, header, boxEnd);
                    removed.Add(isXmp ? MetadataNames.Xmp : MetadataNames.VideoVendor);
                    break;
                case "mvhd" or "tkhd" or "mdhd":
                    if (ZeroTimes(data, pos + header, boxEnd))
                    {
                        removed.Add(MetadataNames.VideoTimes);
                    }

                    break;
                case "hdlr" when boxEnd - pos - header >= 12:
                    // Full box header (4), pre_defined (4), then the handler type.
                    trackWarning |= TimedMetadataHandlers.Contains(Encoding.ASCII.GetString(data, pos + header + 8, 4));
                    break;
            }

            pos = boxEnd;
        }
    }

    private static void Blank(byte[] data, int pos, int header, int boxEnd)
    {
        "free"u8.CopyTo(data.AsSpan(pos + 4));
        data.AsSpan(pos + header, boxEnd - pos - header).Clear();
    }

    /// <summary>Creation and modification times follow the version byte and flags; 64-bit in version 1.</summary>
    private static bool ZeroTimes(byte[] data, int body, int boxEnd)
    {
        if (body >= boxEnd)
        {
            return false;
        }

        var width = data[body] == 1 ? 16 : 8;
        if (body + 4 + width > boxEnd)
        {
            return false;
        }

        var times = data.AsSpan(body + 4, width);
        var had = times.ContainsAnyExcept((byte)0);
        times.Clear();
        return had;
    }
}
