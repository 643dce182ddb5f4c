using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Akun;

/// <summary>
/// Refuses guessable passwords for reporters and staff alike, by zxcvbn's estimate (a maintained model of how
/// password crackers guess: common passwords, keyboard runs, repeats, dates, the user's own name).
/// </summary>
public sealed class PasswordStrength : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn's score 3: about 10^8 guesses or more, enough against online guessing and a slow hash offline.</summary>
    public const int MinimumScore = 3;

    public const string TooWeak = "Kata sandi terlalu mudah ditebak (misalnya 12345678, password, huruf berulang, atau memuat nama pengguna). "
        + "Gunakan beberapa kata yang tidak umum, misalnya sebuah kalimat pendek.";

    // zxcvbn's work grows quickly with length; the first 100 characters say enough about the strength.
    private const int MaxEvaluatedLength = 100;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var name = user.UserName ?? "";
        var evaluated = password.Length > MaxEvaluatedLength ? password[..MaxEvaluatedLength] : password;
        var weak = (name.Length >= 3 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            || Zxcvbn.Zxcvbn.MatchPassword(evaluated, [name, "wbs", "inspektorat", "pengaduan", "gratifikasi"]).Score < MinimumScore;
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooWeak", Description = TooWeak })
            : IdentityResult.Success);
    }
}
