using System.Security.Cryptography;

namespace Wbs.Tests.Infrastructure;

/// <summary>A pseudonymous reporter as a test builds one: a unique name, a password and a mobile number.</summary>
public sealed record Reporter(string Username, string Password, string PhoneNumber, string? Email, string? RecoveryCode = null)
{
    public const string DefaultPassword = "kalimat rahasia saya";

    /// <summary>A fresh reporter; the name never contains the number (hex digits are too few to match it).</summary>
    public static Reporter New(string? username = null, string? phoneNumber = null, string? email = null) => new(
        username ?? "samaran_" + Guid.NewGuid().ToString("N")[..10],
        DefaultPassword,
        phoneNumber ?? "0812" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999),
        email);

    public Dictionary<string, string?> DaftarForm() => new()
    {
        ["Input.Username"] = Username,
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
        ["Input.PhoneNumber"] = PhoneNumber,
        ["Input.Email"] = Email ?? "",
    };

    public object ApiRegistration() => new { username = Username, password = Password, phoneNumber = PhoneNumber, email = Email };
}
