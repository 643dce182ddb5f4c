using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using ImageMagick;

namespace Wbs.EvidenceBench;

/// <summary>Large evidence files made on the spot: a ~20 MB phone-like photo and a ~20 MB scanned-document PDF.</summary>
internal static class Samples
{
    private const int TargetBytes = 20 * 1024 * 1024;

    public static byte[] Photo()
    {
        // Noise compresses badly, like a detailed high-resolution photo; 6800x4500 at quality 97 lands near 20 MB.
        using var image = new MagickImage("xc:gray", new MagickReadSettings { Width = 6800, Height = 4500 });
        image.AddNoise(NoiseType.Gaussian);
        image.Quality = 97;
        image.Strip();
        var plain = image.ToByteArray(MagickFormat.Jpeg);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "PabrikKamera");
        exif.SetValue(ExifTag.Model, "KameraSaksi X1");
        exif.SetValue(ExifTag.SerialNumber, "SN-RAHASIA-4455");
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(0, 1), new Rational(8, 1), new Rational(1234, 100)]);
        byte[] xmp = Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Budi</dc:creator></x:xmpmeta>");
        byte[] segments = [.. Segment(0xE1, exif.ToByteArray()!), .. Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. xmp]), .. Segment(0xFE, "komentar"u8.ToArray())];
        return [.. plain.AsSpan(0, 2), .. segments, .. plain.AsSpan(2)];
    }

    public static byte[] Pdf()
    {
        using var scan = new MagickImage("xc:white", new MagickReadSettings { Width = 1240, Height = 1754 });
        scan.AddNoise(NoiseType.Gaussian);
        scan.Quality = 60;
        var pageImage = scan.ToByteArray(MagickFormat.Jpeg);
        var pages = Math.Max(1, TargetBytes / pageImage.Length);

        var pdf = new MemoryStream();
        var offsets = new Dictionary<int, long>();
        void Raw(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        void Obj(int n, string body) { offsets[n] = pdf.Position; Raw($"{n} 0 obj\n{body}\nendobj\n"); }
        void Stream(int n, string dict, byte[] data)
        {
            offsets[n] = pdf.Position;
            Raw($"{n} 0 obj\n<< {dict} /Length {data.Length} >>\nstream\n");
            pdf.Write(data);
            Raw("\nendstream\nendobj\n");
        }

        Raw("%PDF-1.7\n");
        var kids = string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{10 + (i * 3)} 0 R"));
        Obj(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>");
        Obj(2, $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        Obj(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Stream(4, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">Budi</x:xmpmeta>"));
        Obj(5, "<< /Author (Budi Lama) /Creator (Pemindai Kantor) >>");
        for (var i = 0; i < pages; i++)
        {
            var page = 10 + (i * 3);
            Obj(page, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 {page + 2} 0 R >> >> /Contents {page + 1} 0 R >>");
            Stream(page + 1, "", Encoding.Latin1.GetBytes($"q 595 0 0 842 0 0 cm /Im1 Do Q BT /F1 12 Tf 40 40 Td (Halaman {i + 1}) Tj ET"));
            Stream(page + 2, "/Type /XObject /Subtype /Image /Width 1240 /Height 1754 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", pageImage);
        }

        var size = 10 + (pages * 3);
        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {size}\n");
        for (var n = 0; n < size; n++)
        {
            table.Append(offsets.TryGetValue(n, out var at) ? string.Create(CultureInfo.InvariantCulture, $"{at:D10} 00000 n \n") : "0000000000 65535 f \n");
        }

        Raw(table.ToString());
        Raw($"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n");

        // One incremental save that changed the author, as office tools leave them.
        offsets[5] = pdf.Position;
        Raw("5 0 obj\n<< /Author (Budi Baru) /Creator (Pemindai Kantor) >>\nendobj\n");
        var second = pdf.Position;
        Raw(string.Create(CultureInfo.InvariantCulture, $"xref\n5 1\n{offsets[5]:D10} 00000 n \ntrailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R /Prev {xref} >>\nstartxref\n{second}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment.AsSpan(4));
        return segment;
    }
}
