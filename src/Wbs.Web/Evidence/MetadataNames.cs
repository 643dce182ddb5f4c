namespace Wbs.Web.Evidence;

/// <summary>The names the reporter reads for what was removed; one wording per kind of metadata.</summary>
public static class MetadataNames
{
    public const string ExifGps = "EXIF (lokasi GPS)";
    public const string ExifCamera = "EXIF (kamera: model, nomor seri)";
    public const string ExifPeople = "EXIF (nama pemilik, penulis, hak cipta)";
    public const string ExifOther = "EXIF (waktu pemotretan, perangkat lunak, pengaturan kamera)";
    public const string ExifThumbnail = "EXIF (gambar mini)";
    public const string Xmp = "XMP";
    public const string Iptc = "IPTC";
    public const string Photoshop = "Data Photoshop (APP13)";
    public const string Comment = "Komentar";
    public const string VendorSegments = "Data tambahan kamera/aplikasi";
    public const string TrailingData = "Data tersembunyi setelah akhir gambar (mis. foto kedua, peta kedalaman)";
    public const string PngText = "Teks tersemat PNG (tEXt/zTXt/iTXt)";
    public const string PngTime = "Waktu modifikasi PNG (tIME)";
    public const string PdfXmp = "PDF XMP metadata";
    public const string PdfObjectXmp = "XMP pada halaman/gambar PDF";
    public const string PdfPieceInfo = "Data aplikasi pembuat PDF (PieceInfo)";
    public const string PdfRevisions = "Revisi lama PDF";
    public const string PdfEmbeddedThumbnails = "Gambar mini halaman PDF";
    public const string PdfAnnotationAuthors = "Nama penulis dan waktu anotasi (PDF)";
    public const string PdfEmbeddedFiles = "Lampiran tersemat (PDF)";
    public const string PdfJavaScript = "JavaScript dan tindakan otomatis (PDF)";
    public const string PdfDocumentId = "Pengenal dokumen (PDF /ID)";
    public const string OfficeCustom = "Properti kustom";
    public const string OfficePeople = "Daftar identitas penulis (people.xml)";
    public const string WordRevisionAuthors = "Nama penulis dan waktu revisi (Word)";
    public const string WordCommentAuthors = "Nama penulis dan waktu komentar (Word)";
    public const string ExcelCommentAuthors = "Nama penulis komentar (Excel)";
    public const string ExcelPeople = "Daftar identitas penulis komentar (Excel)";
    public const string ExcelRevisionAuthors = "Nama penulis revisi (Excel)";
    public const string OfficeThumbnail = "Gambar mini dokumen";
    public const string OfficePaths = "Lokasi berkas di komputer pembuat (nama pengguna)";
    public const string VideoUserData = "Metadata video (udta: lokasi, perangkat, perangkat lunak)";
    public const string VideoMeta = "Metadata video (meta: lokasi, merek dan model perangkat)";
    public const string VideoVendor = "Data tambahan perangkat/aplikasi video (uuid)";
    public const string VideoTimes = "Waktu perekaman video";
    public const string VideoTrackNotRemoved = "TIDAK dapat dihapus: trek metadata dalam video (mis. rekaman GPS berkelanjutan); potong atau rekam ulang bila perlu";

    public static string PdfInfo(IEnumerable<string> keys) => $"PDF Info ({string.Join(", ", keys)})";

    public static string PdfEmbeddedImages(IEnumerable<string> names) => "Gambar di dalam PDF: " + string.Join(", ", names);

    public static string OfficeEmbeddedImages(IEnumerable<string> names) => "Gambar di dalam dokumen: " + string.Join(", ", names);

    public static string OfficeProperties(IEnumerable<string> what) => $"Properti dokumen ({string.Join(", ", what)})";
}
