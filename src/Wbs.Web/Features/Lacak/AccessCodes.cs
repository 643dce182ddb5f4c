using System.Globalization;
using System.Security.Cryptography;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// The secret access code (kode akses) of a complaint filed without an account: 25 random digits (83 bits) written
/// as five groups of five, easy to read aloud and to copy by hand. Only a PBKDF2-HMAC-SHA256 hash at OWASP's
/// current strength (600,000 iterations) is stored, from .NET's own cryptography.
/// </summary>
public static class AccessCodes
{
    public const int Digits = 25;
    public const int GroupSize = 5;
    public const int Iterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Scheme = "pbkdf2-sha256";

    /// <summary>A hash no code matches, checked for unknown numbers so they cost what a known one costs.</summary>
    private static readonly Lazy<string> Decoy = new(() => Hash(New()));

    public static string New()
    {
        Span<char> digits = stackalloc char[Digits];
        for (var i = 0; i < Digits; i++)
        {
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        return Format(new string(digits));
    }

    /// <summary>Groups of five joined by dashes: 48213-90577-…</summary>
    public static string Format(string digits) =>
        string.Join('-', Enumerable.Range(0, digits.Length / GroupSize).Select(i => digits.Substring(i * GroupSize, GroupSize)));

    /// <summary>The digits of what the reporter typed (spaces, dashes and dots ignored); null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 80)
        {
            return null;
        }

        var digits = new string(typed.Where(c => c is not (' ' or '-' or '.' or '\t')).ToArray());
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(Normalize(code) ?? code, salt, Iterations);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether the typed code matches; always spends one full derivation, also for a malformed code or hash.</summary>
    public static bool Verify(string? typed, string? storedHash)
    {
        var parts = (storedHash ?? Decoy.Value).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            parts = Decoy.Value.Split('$');
            iterations = Iterations;
            storedHash = null;
        }

        var code = Normalize(typed);
        var actual = Derive(code ?? "-", Convert.FromBase64String(parts[2]), iterations);
        return CryptographicOperations.FixedTimeEquals(actual, Convert.FromBase64String(parts[3])) && code is not null && storedHash is not null;
    }

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(code, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
