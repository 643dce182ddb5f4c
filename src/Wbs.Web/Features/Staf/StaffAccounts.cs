using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

public sealed record StaffCreated(AppUser? User, string? OtpAuthUri, IReadOnlyList<string> Errors);

/// <summary>
/// Inspectorate staff: created by an admin or the command line only, always with an authenticator (TOTP). The secret
/// is sealed like report content, and each code is accepted once.
/// </summary>
public sealed class StaffAccounts(UserManager<AppUser> users, ContentSealer sealer, AgencyClock clock, Microsoft.Extensions.Options.IOptions<AgencyOptions> agency)
{
    public async Task<StaffCreated> CreateAsync(string username, IEnumerable<string> roles, string password)
    {
        var roleList = roles.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = roleList.Where(r => !StaffRoles.All.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (roleList.Count == 0 || unknown.Count > 0)
        {
            return new StaffCreated(null, null, [$"Peran tidak dikenal: {string.Join(", ", unknown.DefaultIfEmpty("(kosong)"))}. Pilih dari {string.Join(", ", StaffRoles.All)}."]);
        }

        var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = username.Trim(), IsStaff = true, CreatedAt = clock.UtcNow, LockoutEnabled = true };
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

    /// <summary>Checks a 6-digit code; a code (time step) already used is refused.</summary>
    public async Task<bool> VerifyCodeAsync(AppUser user, string? code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || user.SealedTotpSecret is null)
        {
            return false;
        }

        var totp = new Totp(Secret(user));
        if (!totp.VerifyTotp(clock.UtcNow, digits, out var step, new VerificationWindow(previous: 1, future: 1))
            || (user.LastTotpStep is { } last && step <= last))
        {
            await users.AccessFailedAsync(user);
            return false;
        }

        user.LastTotpStep = step;
        user.TwoFactorEnabled = true;
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateAsync(user);
        return true;
    }

    /// <summary>A new secret: the staff member must enrol their authenticator again at the next sign-in.</summary>
    public async Task ResetAuthenticatorAsync(AppUser user)
    {
        user.SealedTotpSecret = sealer.SealBytes(Guid.Parse(user.Id), KeyGeneration.GenerateRandomKey(20));
        user.TwoFactorEnabled = false;
        user.LastTotpStep = null;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
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
