using System.Globalization;
using System.Text;

namespace Wbs.Tests.Evidence;

/// <summary>
/// A two-page PDF written by hand: document information, an XMP packet, a placed photo that kept its EXIF, and an incremental update that replaced
/// the author, so the first revision with the old author still sits in the file.
/// </summary>
public static class PdfSamples
{
    public const string OldAuthor = "Budi Lama Penulis";
    public const string NewAuthor = "Budi Baru Penulis";
    public const string XmpCreator = "Budi Santoso XMP PDF";
    public const string PageOneText = "Bukti halaman satu";
    public const string PageTwoText = "Bukti halaman dua";

    /// <param name="extraInfo">More entries for the current information dictionary, e.g. custom keys.</param>
    public static byte[] WithRevision(string extraInfo = "")
    {
        var pdf = new PdfText();
        pdf.Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        pdf.Object(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>");
        pdf.Object(2, "<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 2 >>");
        pdf.Object(3, Page(5, withPhoto: true));
        pdf.Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.Stream(5, "", $"q 128 0 0 80 72 500 cm /Im1 Do Q BT /F1 24 Tf 72 720 Td ({PageOneText}) Tj ET");
        pdf.Stream(6, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetString(ImageSamples.XmpPacket(XmpCreator)));
        pdf.Object(7, Page(8));
        pdf.Stream(8, "", $"BT /F1 24 Tf 72 720 Td ({PageTwoText}) Tj ET");
        pdf.Object(9, $"<< /Author ({OldAuthor}) /Creator (Pengolah Kata Budi) /Producer (PembuatPDF 1.0) /Title (Laporan Rahasia) >>");
        pdf.Stream(10, $"/Type /XObject /Subtype /Image /Width {ImageSamples.Width} /Height {ImageSamples.Height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", ImageSamples.Jpeg());
        var firstXref = pdf.Xref(0, 11);
        pdf.Raw($"trailer\n<< /Size 11 /Root 1 0 R /Info 9 0 R >>\nstartxref\n{firstXref}\n%%EOF\n");

        // The incremental save: only the changed information dictionary is appended, pointing back to the first xref.
        pdf.Object(9, $"<< /Author ({NewAuthor}) {extraInfo}/Producer (PembuatPDF 1.0) >>");
        var secondXref = pdf.Xref(9, 1);
        pdf.Raw($"trailer\n<< /Size 11 /Root 1 0 R /Info 9 0 R /Prev {firstXref} >>\nstartxref\n{secondXref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Page(int contents, bool withPhoto = false) =>
        $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >>{(withPhoto ? " /XObject << /Im1 10 0 R >>" : "")} >> /Contents {contents} 0 R >>";

    private sealed class PdfText
    {
        private readonly MemoryStream bytes = new();
        private readonly Dictionary<int, long> offsets = [];

        public void Raw(string text) => bytes.Write(Encoding.Latin1.GetBytes(text));

        public void Object(int number, string body)
        {
            offsets[number] = bytes.Position;
            Raw($"{number} 0 obj\n{body}\nendobj\n");
        }

        public void Stream(int number, string entries, string content) => Stream(number, entries, Encoding.UTF8.GetBytes(content));

        public void Stream(int number, string entries, byte[] data)
        {
            offsets[number] = bytes.Position;
            Raw($"{number} 0 obj\n<< {entries} /Length {data.Length} >>\nstream\n");
            bytes.Write(data);
            Raw("\nendstream\nendobj\n");
        }

        /// <summary>Writes an xref section for objects first..first+count-1 and returns where it starts.</summary>
        public long Xref(int first, int count)
        {
            var at = bytes.Position;
            var text = new StringBuilder($"xref\n{first} {count}\n");
            for (var number = first; number < first + count; number++)
            {
                text.Append(number == 0
                    ? "0000000000 65535 f \n"
                    : string.Create(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n"));
            }

            Raw(text.ToString());
            return at;
        }

        public byte[] ToArray() => bytes.ToArray();
    }
}
