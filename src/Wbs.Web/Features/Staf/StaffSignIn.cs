using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// The steps of a staff sign-in on the pages: the password (which opens only the authenticator steps), then the
/// authenticator code (which opens the staff area), and, when an admin set the password, the member's own password
/// before anything else. All are audited for staff accounts.
/// </summary>
public sealed class StaffSignIn(SignInManager<AppUser> signIn, StaffAccounts accounts, AuditLog audit, Akun.SignInBackoff backoff)
{
    /// <summary>One message for a wrong password, an unknown name, a reporter's account and a disabled account.</summary>
    public const string Refused = "Nama pengguna atau kata sandi salah, atau akun ini tidak dapat masuk ke ruang petugas.";

    public const string LockedOut = "Terlalu banyak kode autentikator yang salah. Demi keamanan, langkah kode akun ini dikunci sementara selama 15 menit.";

    public const string WrongCode = "Kode autentikator salah atau sudah pernah dipakai. Tunggu kode berikutnya di aplikasi, lalu coba lagi.";

    private UserManager<AppUser> Users => signIn.UserManager;

    /// <summary>
    /// Checks name and password; only an active staff account passes. Every refusal costs one password hash and the
    /// same growing delay per name, and none locks the account: the authenticator step is what locks. A refusal's
    /// one message is keyed by the empty name: it belongs to the form, not to a field.
    /// </summary>
    public async Task<Outcome<AppUser>> CheckPasswordAsync(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return Outcome.Invalid(string.Empty, "Isi nama pengguna dan kata sandi.").Without<AppUser>();
        }

        await backoff.WaitAsync(username);
        var user = await Users.FindByNameAsync(username.Trim());
        if (user is not { IsStaff: true })
        {
            // Hashing anyway keeps the answer as slow as for a staff account, so timing does not tell them apart.
            Users.PasswordHasher.HashPassword(new AppUser(), password);
            backoff.Failed(username);
            return PasswordRefused;
        }

        var right = await Users.CheckPasswordAsync(user, password);
        if (right && !user.IsDisabled)
        {
            backoff.Succeeded(username);
            return Outcome.With(user);
        }

        backoff.Failed(username);
        await audit.AppendAsync(user.UserName!, AuditActions.SignInFailed, "staf", right ? "akun nonaktif" : "kata sandi salah", CancellationToken.None);
        return PasswordRefused;
    }

    private static Outcome<AppUser> PasswordRefused => Outcome.Invalid(string.Empty, Refused).Without<AppUser>();

    /// <summary>
    /// Checks the authenticator code after the password and audits the outcome; a wrong code is Invalid, a locked code
    /// step Forbidden, each with its message keyed "code".
    /// </summary>
    public async Task<Outcome> CheckCodeAsync(AppUser user, string? code, string how)
    {
        switch (await accounts.VerifyCodeAsync(user, code))
        {
            case CodeCheck.Accepted:
                await audit.AppendAsync(user.UserName!, AuditActions.SignIn, "staf", how, CancellationToken.None);
                return Outcome.Ok;
            case CodeCheck.Wrong:
                await audit.AppendAsync(user.UserName!, AuditActions.SignInFailed, "staf", "kode autentikator salah; " + how, CancellationToken.None);
                return Outcome.Invalid("code", WrongCode);
            case CodeCheck.LockedNow:
                await audit.AppendAsync(user.UserName!, AuditActions.CodeLockout, "staf", $"{StaffAccounts.MaxCodeFailures} kode salah berturut-turut; " + how, CancellationToken.None);
                return CodeLocked;
            default:
                await audit.AppendAsync(user.UserName!, AuditActions.SignInFailed, "staf", "langkah kode masih dikunci; " + how, CancellationToken.None);
                return CodeLocked;
        }
    }

    private static Outcome CodeLocked => new(OutcomeKind.Forbidden, new Dictionary<string, string> { ["code"] = LockedOut });

    /// <summary>The staff member this browser is signing in as (after the password), or fully signed in as.</summary>
    public async Task<StaffSession?> CurrentAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(StaffAuth.Scheme);
        var id = result.Succeeded ? result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var user = id is null ? null : await Users.FindByIdAsync(id);
        return user is { IsStaff: true, IsDisabled: false }
            ? new StaffSession(user, result.Principal!.HasClaim(StaffAuth.MfaClaim, "1"), result.Principal.HasClaim(StaffAuth.CodeClaim, "1"))
            : null;
    }

    /// <summary>The first step's cookie: it opens the authenticator steps and nothing else.</summary>
    public Task BeginAsync(HttpContext http, AppUser user) => StaffAuth.SignInAsync(http, user, [], mfa: false);

    /// <summary>
    /// Checks the authenticator code (each code once, a lock after failures) and, when right, signs in fully, or, when
    /// the member must choose their own password first, into that step only (see <see cref="NextPage"/>).
    /// </summary>
    public async Task<Outcome> CompleteAsync(HttpContext http, AppUser user, string? code, string how)
    {
        var checkedCode = await CheckCodeAsync(user, code, how);
        if (!checkedCode.IsOk)
        {
            return checkedCode;
        }

        await StaffAuth.SignInAsync(http, user, await Users.GetRolesAsync(user), mfa: !user.MustChangePassword, codeGiven: true);
        await accounts.AnnounceSignInAsync(user, http.RequestAborted);
        return Outcome.Ok;
    }

    public const string ChoosePasswordPage = "/Staf/GantiSandi";

    /// <summary>Where the sign-in goes after a right code: the choice of an own password when it is due, else the target.</summary>
    public static string NextPage(AppUser user, string? returnUrl) => user.MustChangePassword
        ? ChoosePasswordPage + (string.IsNullOrEmpty(returnUrl) ? "" : "?ReturnUrl=" + Uri.EscapeDataString(Target(returnUrl)))
        : Target(returnUrl);

    /// <summary>
    /// The last step when an admin set the password: the member's own password replaces it (checked like every
    /// password) and the change is audited. Returns the reasons it was refused, if any; the caller then opens the
    /// staff area (a full cookie on the pages, a token on the API).
    /// </summary>
    public async Task<IReadOnlyList<string>> ChooseOwnPasswordAsync(AppUser user, string? newPassword, string how)
    {
        var errors = await accounts.ChooseOwnPasswordAsync(user, newPassword);
        if (errors.Count == 0)
        {
            await audit.AppendAsync(user.UserName!, AuditActions.OwnPassword, "staf", how, CancellationToken.None);
        }

        return errors;
    }

    public Task<IReadOnlyList<string>> CheckNewPasswordAsync(AppUser user, string? newPassword) => accounts.CheckNewPasswordAsync(user, newPassword);

    /// <summary>Opens the staff area on the pages once every step is done.</summary>
    public async Task SignInFullyAsync(HttpContext http, AppUser user) =>
        await StaffAuth.SignInAsync(http, user, await Users.GetRolesAsync(user), mfa: true);

    public async Task SignOutAsync(HttpContext http, AppUser? user)
    {
        await http.SignOutAsync(StaffAuth.Scheme);
        if (user is not null)
        {
            // A new stamp ends this cookie everywhere it was copied, and every other session of the member.
            await Users.UpdateSecurityStampAsync(user);
            await audit.AppendAsync(user.UserName!, AuditActions.SignOut, "staf", null, CancellationToken.None);
        }
    }

    /// <summary>Where to go after signing in: a page of the staff area the sign-in was asked for, else the inbox.</summary>
    public static string Target(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url.StartsWith("/Staf", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal)
            && !url.StartsWith("/Staf/Masuk", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("/Staf/Autentikator", StringComparison.OrdinalIgnoreCase)
            && !url.StartsWith("/Staf/Keluar", StringComparison.OrdinalIgnoreCase) && !url.StartsWith(ChoosePasswordPage, StringComparison.OrdinalIgnoreCase)
            ? url
            : "/Staf";
}
