namespace Wbs.Web.Security;

/// <summary>A data key this node cannot unwrap because its master key was not given to it: a 503 for that item, never a 500.</summary>
public sealed class MasterKeyUnavailableException(string masterKeyId, string message) : System.Security.Cryptography.CryptographicException(message)
{
    public string MasterKeyId { get; } = masterKeyId;
}
