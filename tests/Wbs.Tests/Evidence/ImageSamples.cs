using System.Buffers.Binary;
using System.Text;
using ImageMagick;

namespace Wbs.Tests.Evidence;

/// <summary>
/// Photos as a phone or editor leaves them: real pixels from ImageMagick, then EXIF (GPS, camera serial), XMP, IPTC,
/// a comment and data hidden after the image, each carrying a distinctive string the tests look for.
/// </summary>
public static class ImageSamples
{
    public const int Width = 64;
    public const int Height = 40;
    public const string Serial = "SN-RAHASIA-4455";
    public const string CameraModel = "KameraSaksi X1";
    public const string XmpCreator = "Budi Santoso XMP";
    public const string IptcByline = "Budi Santoso IPTC";
    public const string Comment = "komentar rahasia pelapor";
    public const string Trailing = "FOTO-KEDUA-TERSEMBUNYI";
    public const string PngAuthor = "Budi Santoso PNG";

    public static byte[] Pixels(MagickFormat format)
    {
        using var image = new MagickImage("plasma:", new MagickReadSettings { Width = Width, Height = Height });
        image.Strip();
        image.Settings.SetDefine(MagickFormat.Png, "exclude-chunks", "date,time");
        image.Quality = 90;
        return image.ToByteArray(format);
    }

    /// <summary>The EXIF block (TIFF, no "Exif" prefix) with GPS, camera and owner; orientation 6 means "turn right".</summary>
    public static byte[] ExifTiff()
    {
        var profile = new ExifProfile();
        profile.SetValue(ExifTag.Make, "PabrikKamera");
        profile.SetValue(ExifTag.Model, CameraModel);
        profile.SetValue(ExifTag.SerialNumber, Serial);
        profile.SetValue(ExifTag.OwnerName, "Budi Santoso EXIF");
        profile.SetValue(ExifTag.Orientation, (ushort)6);
        profile.SetValue(ExifTag.DateTimeOriginal, "2026:11:20 08:15:00");
        profile.SetValue(ExifTag.GPSLatitudeRef, "N");
        profile.SetValue(ExifTag.GPSLatitude, [new Rational(0, 1), new Rational(8, 1), new Rational(1234, 100)]);
        profile.SetValue(ExifTag.GPSLongitudeRef, "E");
        profile.SetValue(ExifTag.GPSLongitude, [new Rational(117, 1), new Rational(29, 1), new Rational(5678, 100)]);
        var bytes = profile.ToByteArray()!;
        return bytes.AsSpan().StartsWith("Exif\0\0"u8) ? bytes[6..] : bytes;
    }

    public static byte[] XmpPacket(string creator) => Encoding.UTF8.GetBytes(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + $"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
        + "<?xpacket end=\"w\"?>");

    public static byte[] Jpeg()
    {
        var plain = Pixels(MagickFormat.Jpeg);
        var iptcRecord = new List<byte> { 0x1C, 0x02, 0x50 };
        iptcRecord.AddRange(BigEndian16(IptcByline.Length));
        iptcRecord.AddRange(Encoding.ASCII.GetBytes(IptcByline));
        var resource = new List<byte>();
        resource.AddRange("8BIM"u8.ToArray());
        resource.AddRange([0x04, 0x04, 0x00, 0x00]);
        resource.AddRange(BigEndian32(iptcRecord.Count));
        resource.AddRange(iptcRecord);
        if (iptcRecord.Count % 2 == 1)
        {
            resource.Add(0);
        }

        var segments = new List<byte>();
        segments.AddRange(Segment(0xE1, [.. "Exif\0\0"u8, .. ExifTiff()]));
        segments.AddRange(Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. XmpPacket(XmpCreator)]));
        segments.AddRange(Segment(0xED, [.. "Photoshop 3.0\0"u8, .. resource]));
        segments.AddRange(Segment(0xFE, Encoding.ASCII.GetBytes(Comment)));

        // After SOI and the JFIF header, then the picture, then a hidden payload after the end-of-image marker.
        var afterJfif = plain[3] == 0xE0 ? 4 + BinaryPrimitives.ReadUInt16BigEndian(plain.AsSpan(4)) : 2;
        return [.. plain.AsSpan(0, afterJfif), .. segments, .. plain.AsSpan(afterJfif), .. Encoding.ASCII.GetBytes(Trailing)];
    }

    public static byte[] Png()
    {
        var plain = Pixels(MagickFormat.Png);
        const int afterHeader = 8 + 12 + 13;
        byte[] chunks =
        [
            .. PngChunk("tEXt", [.. "Author\0"u8, .. Encoding.Latin1.GetBytes(PngAuthor)]),
            .. PngChunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. XmpPacket(XmpCreator)]),
            .. PngChunk("eXIf", ExifTiff()),
            .. PngChunk("tIME", [0x07, 0xEA, 11, 20, 8, 15, 0]),
        ];
        return [.. plain.AsSpan(0, afterHeader), .. chunks, .. plain.AsSpan(afterHeader)];
    }

    public static byte[] WebP()
    {
        var plain = Pixels(MagickFormat.WebP);
        var image = plain.AsSpan(12).ToArray();
        var extended = new byte[10];
        extended[0] = 0x08 | 0x04;
        WriteUInt24(extended.AsSpan(4), Width - 1);
        WriteUInt24(extended.AsSpan(7), Height - 1);
        byte[] body = [.. "WEBP"u8, .. RiffChunk("VP8X", extended), .. image, .. RiffChunk("EXIF", ExifTiff()), .. RiffChunk("XMP ", XmpPacket(XmpCreator))];
        return [.. "RIFF"u8, .. LittleEndian32(body.Length), .. body];
    }

    private static byte[] Segment(byte marker, byte[] payload) => [0xFF, marker, .. BigEndian16(payload.Length + 2), .. payload];

    private static byte[] PngChunk(string type, byte[] payload)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. payload];
        return [.. BigEndian32(payload.Length), .. typed, .. BigEndian32((int)Crc32(typed))];
    }

    private static byte[] RiffChunk(string type, byte[] payload) =>
        [.. Encoding.ASCII.GetBytes(type), .. LittleEndian32(payload.Length), .. payload, .. payload.Length % 2 == 1 ? new byte[] { 0 } : []];

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] BigEndian32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] LittleEndian32(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24)];

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }

    private static uint Crc32(byte[] bytes)
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
