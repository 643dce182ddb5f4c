using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wbs.Web.Domain;

namespace Wbs.Web.Documents;

/// <summary>
/// The digest of what was submitted: SHA-256 over a label and the canonical JSON of the content as sealed at
/// submission (decrypted). That content is written once, by the submission services, and never rewritten (a later
/// completion or message is stored apart), so the digest is the same on every receipt of the report. Canonical means:
/// properties in declaration order, no whitespace, every non-ASCII character escaped, invariant numbers, ISO dates.
/// The reporter's identity (gratification) and evidence files are not part of it.
/// </summary>
public static class ReceiptDigest
{
    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static byte[] Of(ComplaintContent content) => Hash("wbs-receipt-digest-v1:pengaduan\n", JsonSerializer.SerializeToUtf8Bytes(content, Canonical));

    public static byte[] Of(GratificationContent content) => Hash("wbs-receipt-digest-v1:gratifikasi\n", JsonSerializer.SerializeToUtf8Bytes(content, Canonical));

    private static byte[] Hash(string label, byte[] json) => SHA256.HashData([.. Encoding.ASCII.GetBytes(label), .. json]);
}
