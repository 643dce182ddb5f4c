using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

public sealed record StaffCreated(AppUser? User, string? OtpAuthUri, IReadOnlyList<string> Errors);

/// <summary>Section "Wbs:Security": how strictly the admin pages keep account management apart from case content.</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Wbs:Security";

    /// <summary>On (the default): the admin pages never give one account Admin together with a content role.</summary>
    public bool StrictSeparation { get; set; } = true;

    public static readonly string[] ContentRoles = [StaffRoles.Verifikator, StaffRoles.Inspektur, StaffRoles.Upg];

    /// <summary>Why the admin pages refuse this set of roles, or null when they may give it.</summary>
    public string? Refusal(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return StrictSeparation && list.Contains(StaffRoles.Admin, StringComparer.OrdinalIgnoreCase)
            && list.Intersect(ContentRoles, StringComparer.OrdinalIgnoreCase).Any()
            ? "Pemisahan tugas: peran Admin tidak boleh digabung dengan Verifikator, Inspektur, atau UPG pada satu akun."
            : null;
    }
}

/// <summary>What an authenticator code check found: right (and now used), wrong, wrong once too often, or refused while locked.</summary>
public enum CodeCheck
{
    Accepted,
    Wrong,
    LockedNow,
    Locked,
}

/// <summary>
/// Inspectorate staff: created by an admin or the command line only, always with an authenticator (TOTP). The secret
/// is sealed like report content, and each code is accepted once, even by nodes racing on the same code.
/// </summary>
public sealed class StaffAccounts(
    UserManager<AppUser> users, ContentSealer sealer, AgencyClock clock, Microsoft.Extensions.Options.IOptions<AgencyOptions> agency, Data.WbsDbContext db)
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

        var user = new AppUser { Id = Guid.NewGuid().ToString(), UserName = username.Trim(), IsStaff = true, CreatedAt = clock.UtcNow };
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
