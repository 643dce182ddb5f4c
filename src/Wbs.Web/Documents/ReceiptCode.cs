using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Wbs.Web.Security;

namespace Wbs.Web.Documents;

/// <summary>
/// The verification code printed on a receipt: the signed message and its ECDSA P-256 signature in base32, in groups.
/// The message (version 1) is, in order: version (1 byte), kind (1), the number's length (1) and the number in ASCII,
/// the submission time as seconds since 1970 UTC (8, big-endian), the first 16 bytes of the content digest, the
/// signing key's id (4: the first bytes of SHA-256 over its public key); the signature (64 bytes, r then s) follows.
/// Everything a verifier needs is in the code, so it checks offline with only the published public key
/// (docs/SECURITY.md, "Verifying a receipt").
/// </summary>
public static class ReceiptCode
{
    public const byte Version = 1;
    public const int DigestBytes = 16;
    public const int SignatureBytes = 64;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly System.Buffers.SearchValues<byte> NumberBytes = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"u8);

    /// <summary>The longest code accepted, so a typed or uploaded value cannot make us decode much.</summary>
    public const int MaxLength = 400;

    public static string Sign(ReceiptClaim claim, ReceiptSigningKey key)
    {
        var message = Message(claim, key.KeyId);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.PrivateKey ?? throw new InvalidOperationException($"Key {key.Id} is retired and cannot sign."), out _);
        var signature = ecdsa.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return Group(Base32([.. message, .. signature]));
    }

    /// <summary>The claim a code carries when its signature is good under one of <paramref name="keys"/>; otherwise null.</summary>
    public static ReceiptClaim? Verify(string? code, IEnumerable<ReceiptSigningKey> keys)
    {
        if (code is null || code.Length > MaxLength || FromBase32(code) is not { } bytes || Parse(bytes) is not { } parsed)
        {
            return null;
        }

        var key = keys.FirstOrDefault(k => k.KeyId.AsSpan().SequenceEqual(parsed.KeyId));
        if (key is null)
        {
            return null;
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
        return ecdsa.VerifyData(bytes.AsSpan(0, parsed.MessageLength), bytes.AsSpan(parsed.MessageLength), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? parsed.Claim
            : null;
    }

    /// <summary>The bytes that are signed.</summary>
    public static byte[] Message(ReceiptClaim claim, byte[] keyId)
    {
        var number = Encoding.ASCII.GetBytes(claim.RegistrationNumber);
        var message = new byte[3 + number.Length + 8 + DigestBytes + 4];
        message[0] = Version;
        message[1] = (byte)claim.Kind;
        message[2] = checked((byte)number.Length);
        number.CopyTo(message, 3);
        var at = 3 + number.Length;
        BinaryPrimitives.WriteInt64BigEndian(message.AsSpan(at), new DateTimeOffset(DateTime.SpecifyKind(claim.SubmittedAtUtc, DateTimeKind.Utc)).ToUnixTimeSeconds());
        claim.ContentDigest.AsSpan(0, DigestBytes).CopyTo(message.AsSpan(at + 8));
        keyId.CopyTo(message, at + 8 + DigestBytes);
        return message;
    }

    private static (ReceiptClaim Claim, byte[] KeyId, int MessageLength)? Parse(byte[] bytes)
    {
        if (bytes.Length < 3 || bytes[0] != Version || !Enum.IsDefined((ReceiptKind)bytes[1]))
        {
            return null;
        }

        var numberLength = bytes[2];
        var messageLength = 3 + numberLength + 8 + DigestBytes + 4;
        if (numberLength is 0 or > 40 || bytes.Length != messageLength + SignatureBytes)
        {
            return null;
        }

        var number = bytes.AsSpan(3, numberLength);
        if (number.ContainsAnyExcept(NumberBytes))
        {
            return null;
        }

        var at = 3 + numberLength;
        var seconds = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(at));
        if (seconds is < 0 or > 253402300799)
        {
            return null;
        }

        var claim = new ReceiptClaim((ReceiptKind)bytes[1], Encoding.ASCII.GetString(number),
            DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime, bytes.AsSpan(at + 8, DigestBytes).ToArray());
        return (claim, bytes.AsSpan(at + 8 + DigestBytes, 4).ToArray(), messageLength);
    }

    /// <summary>RFC 4648 base32, upper case, without padding.</summary>
    public static string Base32(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }

    /// <summary>Reads a code as typed: case, spaces, hyphens and '=' padding do not matter; anything else, or a non-canonical last character, is not a code.</summary>
    public static byte[]? FromBase32(string code)
    {
        var bytes = new List<byte>(code.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in code)
        {
            if (c is ' ' or '-' or '=' or '\n' or '\r' or '\t')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        // Only the canonical spelling is a code: left-over bits are padding, fewer than five and all zero, so a
        // retyped last character that changes nothing but padding does not pass for the printed code.
        return bits >= 5 || (buffer & ((1 << bits) - 1)) != 0 ? null : bytes.ToArray();
    }

    /// <summary>The code without separators, as a URL carries it.</summary>
    public static string Compact(string code) => new(code.Where(c => c is not (' ' or '-')).ToArray());

    private static string Group(string text) =>
        string.Join('-', Enumerable.Range(0, (text.Length + 4) / 5).Select(i => text.Substring(i * 5, Math.Min(5, text.Length - (i * 5)))));
}
