namespace Wbs.Web.Infrastructure;

/// <summary>Turns what the server and the multipart reader throw about a broken body into a reason a person can act on.</summary>
public static class BrokenUpload
{
    public const string Stalled = "Kiriman terhenti: data berhenti datang sebelum formulir selesai terkirim. Periksa sambungan internet, lalu kirim lagi.";
    public const string Truncated = "Kiriman terpotong: batas penutup multipart tidak ditemukan, jadi formulir tidak diterima utuh. Kirim lagi.";
    public const string ShortBody = "Kiriman terpotong: isinya berakhir sebelum panjang yang disebut Content-Length. Kirim lagi.";
    public const string BadChunk = "Kiriman rusak: pengodean chunked (ukuran potongan) tidak valid.";
    public const string NoBoundary = "Kiriman multipart/form-data tidak menyebut batas (boundary) yang sah di Content-Type.";
    public const string LongHeaders = "Kiriman rusak: kepala (header) salah satu bagian multipart terlalu panjang atau terlalu banyak.";

    /// <summary>The reason for a broken body, or null when the exception is not about one.</summary>
    public static string? Describe(Exception error) => error switch
    {
        BrokenUploadException broken => broken.Message,
        BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => Stalled,
        BadHttpRequestException bad when bad.Message.Contains("chunk", StringComparison.OrdinalIgnoreCase) => BadChunk,
        BadHttpRequestException bad when bad.Message.Contains("Unexpected end", StringComparison.OrdinalIgnoreCase) => ShortBody,
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => "Kiriman rusak: isi permintaan tidak dapat dibaca.",
        InvalidDataException data when data.Message.Contains("headers", StringComparison.OrdinalIgnoreCase) => LongHeaders,
        InvalidDataException data when data.Message.Contains("boundary", StringComparison.OrdinalIgnoreCase) => NoBoundary,
        InvalidDataException data when data.Message.Contains("Form value count", StringComparison.OrdinalIgnoreCase) => "Kiriman berisi terlalu banyak isian.",
        IOException io when io.Message.Contains("Unexpected end of Stream", StringComparison.OrdinalIgnoreCase) => Truncated,
        _ => null,
    };
}
