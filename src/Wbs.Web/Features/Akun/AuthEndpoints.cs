using Wbs.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Features.Akun;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("Akun");

        auth.MapPost("/register", async (RegisterRequest body, ReporterAccounts accounts) =>
        {
            var result = await accounts.RegisterAsync(new RegistrationRequest(body.Username, body.Password, body.PhoneNumber, body.Email));
            return result is { IsOk: true, Value: { } registered }
                ? Results.Created((string?)null, new RegisterResponse(registered.User.UserName!, registered.RecoveryCode))
                : ApiEndpoints.Invalid(result.Errors);
        })
        .Produces<RegisterResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem();

        // SignInManager with the bearer scheme writes {tokenType, accessToken, expiresIn, refreshToken} itself.
        auth.MapPost("/login", async Task<IResult> (LoginRequest body, SignInManager<AppUser> signIn, ReporterAccounts reporters, StaffSignIn staff) =>
        {
            if (string.IsNullOrWhiteSpace(body.Username) || string.IsNullOrEmpty(body.Password))
            {
                return Unauthorized(ReporterAccounts.SignInRefused);
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            if (await signIn.UserManager.FindByNameAsync(body.Username.Trim()) is { IsStaff: true })
            {
                return await StaffLoginAsync(body, signIn, staff);
            }

            if (await reporters.CheckPasswordAsync(body.Username, body.Password) is not { IsOk: true, Value: { } reporter })
            {
                return Unauthorized(ReporterAccounts.SignInRefused);
            }

            await signIn.SignInAsync(reporter, isPersistent: false);
            return Results.Empty;
        })
        .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>()
        .ProducesProblem(StatusCodes.Status401Unauthorized);

        // Ends this token and every other session of the account (staff or reporter) by renewing its security stamp.
        auth.MapPost("/logout", async (System.Security.Claims.ClaimsPrincipal principal, UserManager<AppUser> users, StaffSignIn staff, HttpContext http) =>
        {
            var user = await users.GetUserAsync(principal);
            if (user is null)
            {
                return Results.Unauthorized();
            }

            if (user.IsStaff)
            {
                await staff.SignOutAsync(http, user);
            }
            else
            {
                await users.UpdateSecurityStampAsync(user);
            }

            return Results.NoContent();
        })
        .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { AuthenticationSchemes = IdentityConstants.BearerScheme })
        .Produces(StatusCodes.Status204NoContent);

        return v1;
    }

    // Staff need the password and a fresh authenticator code (the first right one also completes enrolment, as on the
    // pages); every refusal before the code reads like a reporter's, and the token carries the staff and mfa claims.
    private static async Task<IResult> StaffLoginAsync(LoginRequest body, SignInManager<AppUser> signIn, StaffSignIn staff)
    {
        if (await staff.CheckPasswordAsync(body.Username, body.Password) is not { IsOk: true, Value: { } account })
        {
            return Unauthorized(ReporterAccounts.SignInRefused);
        }

        // Asked before the code, so the code is not spent on a sign-in that cannot finish.
        if (account.MustChangePassword && string.IsNullOrEmpty(body.NewPassword))
        {
            return TypedResults.Problem(title: "Kata sandi harus diganti", statusCode: StatusCodes.Status403Forbidden,
                detail: "Kata sandi akun ini dibuat oleh Admin. Kirim lagi permintaan masuk dengan kata sandi baru Anda sendiri di newPassword "
                    + "(bersama password dan totpCode), atau masuk sekali lewat /Staf/Masuk. Sebelum itu tidak ada token.",
                extensions: new Dictionary<string, object?> { ["code"] = "password_change_required" });
        }

        // The new password is checked before the code too, so a weak one does not cost the member a code.
        if (account.MustChangePassword && await staff.CheckNewPasswordAsync(account, body.NewPassword) is { Count: > 0 } weak)
        {
            return ApiEndpoints.Invalid(new Dictionary<string, string> { ["newPassword"] = string.Join(" ", weak) });
        }

        if (await staff.CheckCodeAsync(account, body.TotpCode, "API") is { IsOk: false } codeRefused)
        {
            return Unauthorized(codeRefused.Errors.Values.First());
        }

        if (account.MustChangePassword
            && await staff.ChooseOwnPasswordAsync(account, body.NewPassword, "API") is { Count: > 0 } passwordErrors)
        {
            return ApiEndpoints.Invalid(new Dictionary<string, string> { ["newPassword"] = string.Join(" ", passwordErrors) });
        }

        await signIn.SignInWithClaimsAsync(account, isPersistent: false,
            [new System.Security.Claims.Claim(StaffAuth.MfaClaim, "1"), new System.Security.Claims.Claim(StaffAuth.StaffClaim, "1")]);
        return Results.Empty;
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(title: "Tidak berhasil masuk", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
}
