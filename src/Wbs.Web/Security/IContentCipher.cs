namespace Wbs.Web.Security;

/// <summary>Turns plaintext into stored bytes for a scope, and back.</summary>
public interface IContentCipher
{
    byte[] Encrypt(Guid scope, byte[] plaintext);
    byte[] Decrypt(Guid scope, byte[] stored);

    /// <summary>Seals a stream chunk by chunk (<see cref="EvidenceChunks"/>); the caller reads the result once.</summary>
    Stream EncryptStream(Guid scope, Stream plaintext);

    /// <summary>Opens either stored form: chunked (version 2) as a stream, a whole value (version 1) at once.</summary>
    Stream DecryptStream(Guid scope, Stream stored);
}
