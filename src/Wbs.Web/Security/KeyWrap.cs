using System.Security.Cryptography;

namespace Wbs.Web.Security;

/// <summary>Wraps a data key under a master key (AES-256-GCM, bound to the scope and the master key's id).</summary>
public static class KeyWrap
{
    public static byte[] Wrap(MasterKey master, Guid scope, byte[] dataKey)
    {
        var output = new byte[12 + 16 + dataKey.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(master.Key, 16);
        aes.Encrypt(output.AsSpan(0, 12), dataKey, output.AsSpan(28), output.AsSpan(12, 16), Associated(master.Id, scope));
        return output;
    }

    public static byte[] Unwrap(MasterKey master, Guid scope, byte[] wrapped)
    {
        var key = new byte[wrapped.Length - 28];
        using var aes = new AesGcm(master.Key, 16);
        aes.Decrypt(wrapped.AsSpan(0, 12), wrapped.AsSpan(28), wrapped.AsSpan(12, 16), key, Associated(master.Id, scope));
        return key;
    }

    private static byte[] Associated(string masterKeyId, Guid scope) =>
        [.. scope.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(masterKeyId)];
}
