using System.Text.Json;

namespace Wbs.Web.Security;

/// <summary>
/// The one place where report content, notes, file names and contact details are turned into stored bytes and back.
/// Each value is sealed under a scope (a report's or a user's id) so that a scope can get a key of its own.
/// </summary>
public sealed class ContentSealer(IContentCipher cipher)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] Seal<T>(Guid scope, T value) =>
        cipher.Encrypt(scope, JsonSerializer.SerializeToUtf8Bytes(value, Json));

    /// <summary>
    /// Seals a value with optional parts (an email, a NIP, an address) padded with JSON whitespace to
    /// <paramref name="bucketBytes"/> (doubled until it fits), so the stored length tells neither whether a part was
    /// given nor how long it is. <see cref="Open{T}"/> reads it like any other value.
    /// </summary>
    public byte[] SealPadded<T>(Guid scope, T value, int bucketBytes)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var size = bucketBytes;
        while (size < json.Length)
        {
            size *= 2;
        }

        var padded = new byte[size];
        json.CopyTo(padded, 0);
        padded.AsSpan(json.Length).Fill((byte)' ');
        return cipher.Encrypt(scope, padded);
    }

    /// <summary>Contact details: a phone and perhaps an email of up to 254 characters.</summary>
    public const int ContactBucket = 1024;

    /// <summary>A gratification reporter's identity, all its fields at their longest.</summary>
    public const int IdentityBucket = 4096;

    /// <summary>Opens a sealed value; content the retention job erased (stored empty) opens as <see cref="ErasedContent"/>'s placeholder.</summary>
    public T Open<T>(Guid scope, byte[] sealedValue) =>
        sealedValue.Length == 0 ? ErasedContent.Placeholder<T>(scope)
        : JsonSerializer.Deserialize<T>(cipher.Decrypt(scope, sealedValue), Json) ?? throw new InvalidDataException("Sealed value is empty.");

    /// <summary>In a list, a row whose key this node cannot unwrap yet shows a placeholder instead of failing the list.</summary>
    public string TitleOrUnavailable(Guid scope, byte[] sealedContent)
    {
        try
        {
            return Open<Domain.ComplaintContent>(scope, sealedContent).Title;
        }
        catch (MasterKeyUnavailableException)
        {
            return UnavailableTitle;
        }
        catch (ContentErasedException)
        {
            return ErasedContent.Text;
        }
    }

    public const string UnavailableTitle = "(isi belum dapat dibuka di server ini; coba lagi sebentar)";

    public byte[] SealBytes(Guid scope, byte[] data) => cipher.Encrypt(scope, data);

    public byte[] OpenBytes(Guid scope, byte[] sealedData) => cipher.Decrypt(scope, sealedData);

    /// <summary>Evidence, sealed chunk by chunk as it is read from <paramref name="plain"/> (see <see cref="EvidenceChunks"/>).</summary>
    public Stream SealStream(Guid scope, Stream plain) => cipher.EncryptStream(scope, plain);

    /// <summary>Stored evidence of either format, opened as it is read; owns <paramref name="stored"/>.</summary>
    public Stream OpenStream(Guid scope, Stream stored) => cipher.DecryptStream(scope, stored);
}
