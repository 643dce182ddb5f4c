using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Akun;

/// <summary>Pseudonymous reporter accounts: registration and recovery without any email identity.</summary>
public sealed partial class ReporterAccounts(
    UserManager<AppUser> users, ContentSealer sealer, AgencyClock clock, IPasswordHasher<AppUser> hasher, SignInBackoff backoff)
{
    public const string ReporterRole = "Pelapor";

    /// <summary>The one answer to every refused sign-in: unknown name, staff name, wrong password.</summary>
    public const string SignInRefused = "Nama samaran atau kata sandi salah.";

    private const string WrongRecovery = "Nama samaran atau kode pemulihan salah.";

    /// <summary>
    /// A reporter's name and password. Unknown and staff names cost the same password hash and get the same refusal
    /// (<see cref="SignInRefused"/>), and failures slow the name down a little instead of locking it.
    /// </summary>
    public async Task<Outcome<AppUser>> CheckPasswordAsync(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return Refusal;
        }

        await backoff.WaitAsync(username);
        var user = await users.FindByNameAsync(username.Trim());
        if (user is { IsStaff: false } && await users.CheckPasswordAsync(user, password))
        {
            backoff.Succeeded(username);
            return Outcome.With(user);
        }

        if (user is not { IsStaff: false })
        {
            hasher.HashPassword(new AppUser(), password);
        }

        backoff.Failed(username);
        return Refusal;
    }

    private static Outcome<AppUser> Refusal => Outcome.Invalid(string.Empty, SignInRefused).Without<AppUser>();

    /// <summary>
    /// Creates the account when every check passes, including <paramref name="earlierErrors"/> of the caller; the
    /// refusal carries every error, keyed by the request's field names.
    /// </summary>
    public async Task<Outcome<RegisteredAccount>> RegisterAsync(RegistrationRequest request, IReadOnlyDictionary<string, string>? earlierErrors = null)
    {
        var errors = new Dictionary<string, string>(earlierErrors ?? new Dictionary<string, string>());
        var username = request.Username?.Trim() ?? "";
        var phone = PhoneNumbers.NormalizeMobile(request.PhoneNumber);
        var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();

        if (username.Length == 0)
        {
            errors["username"] = "Nama samaran (username) wajib diisi.";
        }
        else if (username.Length is < 3 or > 32)
        {
            errors["username"] = "Nama samaran 3 sampai 32 karakter.";
        }
        else if (!UsernamePattern().IsMatch(username))
        {
            errors["username"] = "Nama samaran hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung.";
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = "Kata sandi wajib diisi.";
        }

        // Optional: without it the inspectorate reaches the reporter through messages on the report's page only.
        if (!string.IsNullOrWhiteSpace(request.PhoneNumber) && phone is null)
        {
            errors["phoneNumber"] = "Nomor HP tidak valid. Gunakan nomor seluler Indonesia, misalnya 081234567890 atau +6281234567890.";
        }

        if (email is not null && (email.Length > 254 || !EmailPattern().IsMatch(email)))
        {
            errors["email"] = "Alamat email tidak valid (boleh dikosongkan).";
        }

        if (!errors.ContainsKey("username") && username.Length > 0)
        {
            if (phone is not null && ContainsPhone(username, phone))
            {
                errors["username"] = "Nama samaran tidak boleh memuat nomor HP Anda. Gunakan nama yang tidak menggambarkan identitas Anda.";
            }
            else if (email is not null && ContainsEmailName(username, email))
            {
                errors["username"] = "Nama samaran tidak boleh memuat alamat email atau nama email Anda. Gunakan nama yang tidak menggambarkan identitas Anda.";
            }
        }

        // Every rule the password breaks, in the same answer as the other fields' errors: one round trip, not four.
        if (!string.IsNullOrEmpty(request.Password) && await PasswordProblemsAsync(username, request.Password) is { Length: > 0 } weak)
        {
            errors["password"] = weak;
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).Without<RegisteredAccount>();
        }

        var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = username, CreatedAt = clock.UtcNow };
        user.SealedContact = sealer.SealPadded(Guid.Parse(user.Id), new ContactDetails(phone, email), ContentSealer.ContactBucket);
        var recoveryCode = NewRecoveryCode();
        user.RecoveryCodeHash = hasher.HashPassword(user, Compact(recoveryCode));

        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var key = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "username";
                errors.TryAdd(key, error.Description);
            }

            return Outcome.Invalid(errors).Without<RegisteredAccount>();
        }

        await users.AddToRoleAsync(user, ReporterRole);
        return Outcome.With(new RegisteredAccount(user, recoveryCode));
    }

    private async Task<string> PasswordProblemsAsync(string username, string password)
    {
        var probe = new AppUser { UserName = username };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return string.Join(" ", problems.Distinct());
    }

    public ContactDetails? ContactOf(AppUser user) =>
        user.SealedContact is null ? null : sealer.Open<ContactDetails>(Guid.Parse(user.Id), user.SealedContact);

    /// <summary>
    /// Sets a new password when the recovery code matches and answers with the next recovery code; a refusal is keyed
    /// "recoveryCode" (the same words for an unknown name and a wrong code) or "newPassword".
    /// </summary>
    public async Task<Outcome<string>> ResetPasswordAsync(string? username, string? recoveryCode, string? newPassword)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(recoveryCode))
        {
            return RecoveryRefused;
        }

        await backoff.WaitAsync(username);
        var user = await users.FindByNameAsync(username.Trim());
        var normalized = Compact(recoveryCode);
        if (user is not { IsStaff: false, RecoveryCodeHash: not null })
        {
            // The same hash work as for a real account, so timing does not say whether the name exists.
            hasher.HashPassword(new AppUser(), normalized);
            backoff.Failed(username);
            return RecoveryRefused;
        }

        if (hasher.VerifyHashedPassword(user, user.RecoveryCodeHash, normalized) == PasswordVerificationResult.Failed)
        {
            backoff.Failed(username);
            return RecoveryRefused;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!reset.Succeeded)
        {
            return Outcome.Invalid("newPassword", string.Join(" ", reset.Errors.Select(e => e.Description))).Without<string>();
        }

        var next = NewRecoveryCode();
        user.RecoveryCodeHash = hasher.HashPassword(user, Compact(next));
        backoff.Succeeded(username);
        await users.UpdateAsync(user);
        return Outcome.With(next);
    }

    private static Outcome<string> RecoveryRefused => Outcome.Invalid("recoveryCode", WrongRecovery).Without<string>();

    private static bool ContainsPhone(string username, string phone)
    {
        var digits = new string(username.Where(char.IsAsciiDigit).ToArray());
        var national = phone[1..];
        return digits.Contains(national, StringComparison.Ordinal);
    }

    private static bool ContainsEmailName(string username, string email)
    {
        var name = username.ToLowerInvariant();
        var lower = email.ToLowerInvariant();
        var local = lower.Split('@')[0];
        var localLetters = new string(local.Where(char.IsLetterOrDigit).ToArray());
        var nameLetters = new string(name.Where(char.IsLetterOrDigit).ToArray());
        return name.Contains(lower, StringComparison.Ordinal)
            || (local.Length >= 3 && name.Contains(local, StringComparison.Ordinal))
            || (localLetters.Length >= 3 && nameLetters.Contains(localLetters, StringComparison.Ordinal));
    }

    private static string NewRecoveryCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 16);
        return string.Join('-', Enumerable.Range(0, 4).Select(i => new string(chars, i * 4, 4)));
    }

    /// <summary>The code as hashed: upper case, without the dashes and spaces people may or may not type.</summary>
    private static string Compact(string code) =>
        new(code.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
