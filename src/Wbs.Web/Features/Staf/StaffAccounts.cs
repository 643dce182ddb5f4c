using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// Inspectorate staff: created by an admin or the command line only, always with an authenticator (TOTP). The secret
/// is sealed like report content, and each code is accepted once, even by nodes racing on the same code.
/// </summary>
public sealed class StaffAccounts(
    UserManager<AppUser> users, ContentSealer sealer, AgencyClock clock, Microsoft.Extensions.Options.IOptions<AgencyOptions> agency, Data.WbsDbContext db,
    Notifications.Outbox outbox)
{
    /// <summary>Wrong codes in a row before the code step locks; counted apart from passwords.</summary>
    public const int MaxCodeFailures = 5;

    public static readonly TimeSpan CodeLockout = TimeSpan.FromMinutes(15);

    public async Task<StaffCreated> CreateAsync(string username, IEnumerable<string> roles, string password)
    {
        var roleList = roles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = roleList.Where(r => !StaffRoles.All.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (roleList.Count == 0 || unknown.Count > 0)
        {
            return new StaffCreated(null, null, [$"Peran tidak dikenal: {string.Join(", ", unknown.DefaultIfEmpty("(kosong)"))}. Pilih dari {string.Join(", ", StaffRoles.All)}."]);
        }

        // The password comes from an admin or the operator: the member chooses their own at the first sign-in.
        var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = username.Trim(), IsStaff = true, CreatedAt = clock.UtcNow, MustChangePassword = true };
        var secret = KeyGeneration.GenerateRandomKey(20);
        user.SealedTotpSecret = sealer.SealBytes(Guid.Parse(user.Id), secret);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new StaffCreated(null, null, created.Errors.Select(e => e.Description).ToList());
        }

        await users.AddToRolesAsync(user, roleList.Select(r => StaffRoles.All.First(a => string.Equals(a, r, StringComparison.OrdinalIgnoreCase))));
        return new StaffCreated(user, OtpAuthUri(user, secret), []);
    }

    /// <summary>The otpauth:// address an authenticator app reads (as a QR code or typed).</summary>
    public string OtpAuthUri(AppUser user) => OtpAuthUri(user, Secret(user));

    public string SecretText(AppUser user) => Base32Encoding.ToString(Secret(user));

    /// <summary>
    /// Checks a 6-digit code. The used time step is claimed by one conditional UPDATE, so of parallel sign-ins with one
    /// code exactly one wins; failures are counted in the database and lock the code step for a while.
    /// </summary>
    public async Task<CodeCheck> VerifyCodeAsync(AppUser user, string? code)
    {
        var now = clock.UtcNow;
        var lockedUntil = await db.Users.Where(u => u.Id == user.Id).Select(u => u.TotpLockedUntil).SingleAsync();
        if (lockedUntil > now)
        {
            return CodeCheck.Locked;
        }

        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 6 && user.SealedTotpSecret is not null
            && new Totp(Secret(user)).VerifyTotp(now, digits, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            var claimed = await db.Users.Where(u => u.Id == user.Id && (u.LastTotpStep == null || u.LastTotpStep < step))
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpStep, step).SetProperty(u => u.TwoFactorEnabled, true)
                    .SetProperty(u => u.TotpFailedCount, 0).SetProperty(u => u.TotpLockedUntil, (DateTime?)null));
            if (claimed == 1)
            {
                (user.LastTotpStep, user.TwoFactorEnabled, user.TotpFailedCount, user.TotpLockedUntil) = (step, true, 0, null);
                return CodeCheck.Accepted;
            }
        }

        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.TotpFailedCount, u => u.TotpFailedCount + 1));
        var failures = await db.Users.Where(u => u.Id == user.Id).Select(u => u.TotpFailedCount).SingleAsync();
        if (failures < MaxCodeFailures)
        {
            user.TotpFailedCount = failures;
            return CodeCheck.Wrong;
        }

        var until = now + CodeLockout;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.TotpLockedUntil, until).SetProperty(u => u.TotpFailedCount, 0));
        (user.TotpLockedUntil, user.TotpFailedCount) = (until, 0);
        return CodeCheck.LockedNow;
    }

    /// <summary>Lifts a lock of the code step (the admin's "buka kuncian").</summary>
    public async Task UnlockCodesAsync(AppUser user)
    {
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.TotpLockedUntil, (DateTime?)null).SetProperty(u => u.TotpFailedCount, 0));
        (user.TotpLockedUntil, user.TotpFailedCount) = (null, 0);
    }

    /// <summary>A new secret: the staff member must enrol their authenticator again at the next sign-in.</summary>
    public async Task ResetAuthenticatorAsync(AppUser user)
    {
        user.SealedTotpSecret = sealer.SealBytes(Guid.Parse(user.Id), KeyGeneration.GenerateRandomKey(20));
        user.TwoFactorEnabled = false;
        user.LastTotpStep = null;
        (user.TotpFailedCount, user.TotpLockedUntil) = (0, null);

        // The member hears of it, stored by the same save as the reset.
        await outbox.SecurityEventAsync(user.Id, Domain.NotificationKind.TwoFactorReset, default);
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>A full sign-in: the member is told (never where from), so a sign-in that was not theirs is noticed.</summary>
    public async Task AnnounceSignInAsync(AppUser user, CancellationToken ct)
    {
        await outbox.SecurityEventAsync(user.Id, Domain.NotificationKind.NewSignIn, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// An admin's reset: a random password shown once to the admin, which the member must replace at the next sign-in.
    /// The new stamp ends the member's open sessions and tokens.
    /// </summary>
    public async Task<string> ResetPasswordAsync(AppUser user)
    {
        var password = RandomPassword();
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException("Identity refused a generated password: " + string.Join("; ", reset.Errors.Select(e => e.Code)));
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return password;
    }

    public const string SamePassword = "Kata sandi baru harus berbeda dari kata sandi yang diberikan admin.";

    /// <summary>
    /// The member replaces the password an admin gave them with one of their own (checked like every password);
    /// the errors are Indonesian and nothing changes when there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> ChooseOwnPasswordAsync(AppUser user, string? newPassword)
    {
        if (await CheckNewPasswordAsync(user, newPassword) is { Count: > 0 } errors)
        {
            return errors;
        }

        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword!);
        if (!reset.Succeeded)
        {
            return reset.Errors.Select(e => e.Description).ToList();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return [];
    }

    /// <summary>Why this would not do as the member's own password (empty when it would), without changing anything.</summary>
    public async Task<IReadOnlyList<string>> CheckNewPasswordAsync(AppUser user, string? newPassword)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            return ["Isi kata sandi baru."];
        }

        if (await users.CheckPasswordAsync(user, newPassword))
        {
            return [SamePassword];
        }

        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, newPassword);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }

    public async Task<List<AppUser>> ListAsync(CancellationToken ct) =>
        await users.Users.Where(u => u.IsStaff).OrderBy(u => u.UserName).ToListAsync(ct);

    /// <summary>The code an authenticator shows now; used by tests and by nothing else.</summary>
    public string CurrentCode(AppUser user, DateTime utc) => new Totp(Secret(user)).ComputeTotp(utc);

    private byte[] Secret(AppUser user) =>
        sealer.OpenBytes(Guid.Parse(user.Id), user.SealedTotpSecret ?? throw new InvalidOperationException("Staff account without an authenticator secret."));

    private string OtpAuthUri(AppUser user, byte[] secret)
    {
        var issuer = Uri.EscapeDataString("WBS " + agency.Value.Name);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={Base32Encoding.ToString(secret)}&issuer={issuer}&digits=6&period=30";
    }

    public static string RandomPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(15));
}
