namespace Wbs.Web.Security;

/// <summary>Turns plaintext into stored bytes for a scope, and back.</summary>
public interface IContentCipher
{
    byte[] Encrypt(Guid scope, byte[] plaintext);
    byte[] Decrypt(Guid scope, byte[] stored);
}
