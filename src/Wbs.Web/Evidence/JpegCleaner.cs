using System.Buffers.Binary;

namespace Wbs.Web.Evidence;

/// <summary>
/// Rewrites a JPEG segment by segment without decoding it: the compressed picture is copied byte for byte, so pixels,
/// size and quality stay exactly as taken; only metadata segments and data hidden after the image are left out.
/// </summary>
internal static class JpegCleaner
{
    private const string Broken = "berkas JPEG rusak atau terpotong sehingga metadatanya tidak dapat dibersihkan. Simpan ulang fotonya lalu unggah lagi.";

    public static CleanedEvidence Clean(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw new EvidenceCleaningException(Broken);
        }

        var removed = new RemovedNames();
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2);
        ushort orientation = 1;
        var exifInsertAt = 2L;
        var pos = 2;
        var first = true;
        while (true)
        {
            if (pos >= data.Length || data[pos] != 0xFF)
            {
                throw new EvidenceCleaningException(Broken);
            }

            while (pos < data.Length && data[pos] == 0xFF)
            {
                pos++;
            }

            if (pos >= data.Length)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var marker = data[pos++];
            if (marker == 0xD9)
            {
                output.Write([0xFF, 0xD9]);
                if (data.AsSpan(pos).ContainsAnyExcept((byte)0))
                {
                    removed.Add(MetadataNames.TrailingData);
                }

                break;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                output.Write([0xFF, marker]);
                continue;
            }

            if (pos + 2 > data.Length)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos));
            if (length < 2 || pos + length > data.Length)
            {
                throw new EvidenceCleaningException(Broken);
            }

            var payload = data.AsSpan(pos + 2, length - 2);
            var segmentEnd = pos + length;
            if (marker == 0xDA)
            {
                // Start of scan: the entropy-coded data runs until a marker that is neither stuffing nor a restart.
                var end = segmentEnd;
                while (true)
                {
                    var next = data.AsSpan(end).IndexOf((byte)0xFF);
                    if (next < 0 || end + next + 1 >= data.Length)
                    {
                        throw new EvidenceCleaningException(Broken);
                    }

                    end += next;
                    if (data[end + 1] is not 0x00 and not (>= 0xD0 and <= 0xD7))
                    {
                        break;
                    }

                    end += 2;
                }

                output.Write([0xFF, marker]);
                output.Write(data, pos, end - pos);
                pos = end;
                first = false;
                continue;
            }

            if (Keep(marker, payload, removed, ref orientation))
            {
                output.Write([0xFF, marker]);
                output.Write(data, pos, length);
                if (first && marker == 0xE0)
                {
                    exifInsertAt = output.Position;
                }
            }

            first = false;
            pos = segmentEnd;
        }

        var written = output.GetBuffer().AsSpan(0, (int)output.Length);
        var cleaned = orientation == 1 ? written.ToArray() : InsertOrientation(written, (int)exifInsertAt, orientation);
        return new CleanedEvidence(cleaned, removed.ToList());
    }

    private static bool Keep(byte marker, ReadOnlySpan<byte> payload, RemovedNames removed, ref ushort orientation)
    {
        switch (marker)
        {
            case 0xE0 when payload.StartsWith("JFIF\0"u8):
            case 0xE2 when payload.StartsWith("ICC_PROFILE\0"u8):
            case 0xEE when payload.StartsWith("Adobe"u8):
                // Colour handling the viewer needs: JFIF density, the ICC colour profile, Adobe's colour transform.
                return true;
            case 0xE1 when payload.StartsWith(ExifFacts.ExifHeader):
                var found = ExifFacts.Describe(payload, removed);
                orientation = orientation == 1 ? found : orientation;
                return false;
            case 0xE1 when payload.StartsWith("http://ns.adobe.com/"u8):
                removed.Add(MetadataNames.Xmp);
                return false;
            case 0xED:
                removed.Add(payload.IndexOf("8BIM\x04\x04"u8) >= 0 ? MetadataNames.Iptc : MetadataNames.Photoshop);
                return false;
            case 0xFE:
                removed.Add(MetadataNames.Comment);
                return false;
            case >= 0xE0 and <= 0xEF:
                removed.Add(MetadataNames.VendorSegments);
                return false;
            default:
                // Tables, frame headers and restart intervals describe the picture itself.
                return true;
        }
    }

    private static byte[] InsertOrientation(ReadOnlySpan<byte> jpeg, int at, ushort orientation)
    {
        var tiff = ExifFacts.OrientationOnlyTiff(orientation);
        var length = (ushort)(2 + ExifFacts.ExifHeader.Length + tiff.Length);
        var segment = new byte[2 + length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), length);
        ExifFacts.ExifHeader.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(4 + ExifFacts.ExifHeader.Length));
        return [.. jpeg[..at], .. segment, .. jpeg[at..]];
    }
}
