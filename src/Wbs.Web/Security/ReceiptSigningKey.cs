using System.Security.Cryptography;

namespace Wbs.Web.Security;

/// <summary>
/// One ECDSA P-256 key that signs receipts. <see cref="KeyId"/> is the first 4 bytes of the SHA-256 of the public key
/// (SubjectPublicKeyInfo), so a receipt's code names the key it was signed with and anyone can check the id.
/// </summary>
public sealed record ReceiptSigningKey(string Id, byte[] PublicKey, byte[]? PrivateKey, DateTime CreatedAt)
{
    public byte[] KeyId => SHA256.HashData(PublicKey)[..4];

    public static string IdOf(byte[] publicKey) => "rs-" + Convert.ToHexStringLower(SHA256.HashData(publicKey)[..4]);

    public string PublicKeyPem => PemEncoding.WriteString("PUBLIC KEY", PublicKey);
}
