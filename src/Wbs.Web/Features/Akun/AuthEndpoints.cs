using Wbs.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Akun;

public sealed record RegisterRequest(string? Username, string? Password, string? PhoneNumber, string? Email);

public sealed record RegisterResponse(string Username, string RecoveryCode);

public sealed record LoginRequest(string? Username, string? Password, string? TotpCode = null);

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("Akun");

        auth.MapPost("/register", async (RegisterRequest body, ReporterAccounts accounts) =>
        {
            var result = await accounts.RegisterAsync(new RegistrationRequest(body.Username, body.Password, body.PhoneNumber, body.Email));
            return result.Succeeded
                ? Results.Created((string?)null, new RegisterResponse(result.User!.UserName!, result.RecoveryCode!))
                : ApiEndpoints.Invalid(result.Errors);
        })
        .Produces<RegisterResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem();

        // SignInManager with the bearer scheme writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        auth.MapPost("/login", async Task<IResult> (LoginRequest body, SignInManager<AppUser> signIn, StaffAccounts staff) =>
        {
            if (string.IsNullOrWhiteSpace(body.Username) || string.IsNullOrEmpty(body.Password))
            {
                return Unauthorized("Nama samaran atau kata sandi salah.");
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var account = await signIn.UserManager.FindByNameAsync(body.Username.Trim());
            if (account is { IsStaff: true })
            {
                return await StaffLoginAsync(account, body, signIn, staff);
            }

            var result = await signIn.PasswordSignInAsync(body.Username.Trim(), body.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return Results.Empty;
            }

            return Unauthorized(result.IsLockedOut
                ? "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara selama 15 menit."
                : "Nama samaran atau kata sandi salah.");
        })
        .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized);

        return v1;
    }

    // Staff need the password and a fresh authenticator code; the token then carries the staff and mfa claims.
    private static async Task<IResult> StaffLoginAsync(AppUser account, LoginRequest body, SignInManager<AppUser> signIn, StaffAccounts staff)
    {
        if (account.IsDisabled)
        {
            return Unauthorized("Akun petugas dinonaktifkan.");
        }

        var password = await signIn.CheckPasswordSignInAsync(account, body.Password!, lockoutOnFailure: true);
        if (!password.Succeeded)
        {
            return Unauthorized(password.IsLockedOut
                ? "Terlalu banyak percobaan masuk yang gagal. Akun dikunci sementara selama 15 menit."
                : "Nama pengguna atau kata sandi salah.");
        }

        if (!account.TwoFactorEnabled)
        {
            return Unauthorized("Aktifkan aplikasi autentikator terlebih dahulu melalui halaman Masuk Petugas.");
        }

        if (!await staff.VerifyCodeAsync(account, body.TotpCode))
        {
            return Unauthorized("Kode autentikator (totpCode) salah, kedaluwarsa, atau sudah dipakai.");
        }

        await signIn.SignInWithClaimsAsync(account, isPersistent: false,
            [new System.Security.Claims.Claim(StaffAuth.MfaClaim, "1"), new System.Security.Claims.Claim(StaffAuth.StaffClaim, "1")]);
        return Results.Empty;
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Tidak berhasil masuk", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
