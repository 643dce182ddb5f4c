using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

/// <summary>A staff member between the password and the authenticator code, and whether the code was given.</summary>
public sealed record StaffSession(AppUser User, bool Mfa);

/// <summary>
/// The two steps of a staff sign-in on the pages: the password (which opens only the authenticator steps), then the
/// authenticator code (which opens the staff area). Both are audited for staff accounts.
/// </summary>
public sealed class StaffSignIn(SignInManager<AppUser> signIn, StaffAccounts accounts, AuditLog audit)
{
    /// <summary>One message for a wrong password, an unknown name, a reporter's account and a disabled account.</summary>
    public const string Refused = "Nama pengguna atau kata sandi salah, atau akun ini tidak dapat masuk ke ruang petugas.";

    public const string LockedOut = "Terlalu banyak percobaan yang gagal. Demi keamanan, akun dikunci sementara selama 15 menit.";

    public const string WrongCode = "Kode autentikator salah atau sudah pernah dipakai. Tunggu kode berikutnya di aplikasi, lalu coba lagi.";

    private UserManager<AppUser> Users => signIn.UserManager;

    /// <summary>Checks name and password with lockout; only an active staff account passes.</summary>
    public async Task<(AppUser? User, string? Error)> CheckPasswordAsync(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return (null, "Isi nama pengguna dan kata sandi.");
        }

        var user = await Users.FindByNameAsync(username.Trim());
        if (user is null || !user.IsStaff || user.IsDisabled)
        {
            // Hashing anyway keeps the answer as slow as for a staff account, so timing does not tell them apart.
            Users.PasswordHasher.HashPassword(new AppUser(), password);
            return (null, Refused);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return (user, null);
        }

        await audit.AppendAsync(user.UserName!, "masuk-gagal", "staf", result.IsLockedOut ? "akun terkunci" : "kata sandi salah", CancellationToken.None);
        return (null, result.IsLockedOut ? LockedOut : Refused);
    }

    /// <summary>The staff member this browser is signing in as (after the password), or fully signed in as.</summary>
    public async Task<StaffSession?> CurrentAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(StaffAuth.Scheme);
        var id = result.Succeeded ? result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var user = id is null ? null : await Users.FindByIdAsync(id);
        return user is { IsStaff: true, IsDisabled: false }
            ? new StaffSession(user, result.Principal!.HasClaim(StaffAuth.MfaClaim, "1"))
            : null;
    }

    /// <summary>The first step's cookie: it opens the authenticator steps and nothing else.</summary>
    public Task BeginAsync(HttpContext http, AppUser user) => StaffAuth.SignInAsync(http, user, [], mfa: false);

    /// <summary>Checks the authenticator code (each code once, lockout on failures) and, when right, signs in fully.</summary>
    public async Task<string?> CompleteAsync(HttpContext http, AppUser user, string? code, string how)
    {
        if (await Users.IsLockedOutAsync(user))
        {
            return LockedOut;
        }

        if (!await accounts.VerifyCodeAsync(user, code))
        {
            await audit.AppendAsync(user.UserName!, "masuk-gagal", "staf", "kode autentikator salah", CancellationToken.None);
            return await Users.IsLockedOutAsync(user) ? LockedOut : WrongCode;
        }

        await StaffAuth.SignInAsync(http, user, await Users.GetRolesAsync(user), mfa: true);
        await audit.AppendAsync(user.UserName!, AuditActions.SignIn, "staf", how, CancellationToken.None);
        return null;
    }

    public async Task SignOutAsync(HttpContext http, AppUser? user)
    {
        await http.SignOutAsync(StaffAuth.Scheme);
        if (user is not null)
        {
            await audit.AppendAsync(user.UserName!, "keluar", "staf", null, CancellationToken.None);
        }
    }

    /// <summary>Where to go after signing in: a page of the staff area the sign-in was asked for, else the inbox.</summary>
    public static string Target(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith("/Staf", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal)
            && !url.StartsWith("/Staf/Masuk", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("/Staf/Autentikator", StringComparison.OrdinalIgnoreCase)
            && !url.StartsWith("/Staf/Keluar", StringComparison.OrdinalIgnoreCase)
            ? url
            : "/Staf";
}
