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

    public T Open<T>(Guid scope, byte[] sealedValue) =>
        JsonSerializer.Deserialize<T>(cipher.Decrypt(scope, sealedValue), Json)
        ?? throw new InvalidDataException("Sealed value is empty.");

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
    }

    public const string UnavailableTitle = "(isi belum dapat dibuka di server ini; coba lagi sebentar)";

    public byte[] SealBytes(Guid scope, byte[] data) => cipher.Encrypt(scope, data);

    public byte[] OpenBytes(Guid scope, byte[] sealedData) => cipher.Decrypt(scope, sealedData);
}

/// <summary>Turns plaintext into stored bytes for a scope, and back.</summary>
public interface IContentCipher
{
    byte[] Encrypt(Guid scope, byte[] plaintext);
    byte[] Decrypt(Guid scope, byte[] stored);
}
