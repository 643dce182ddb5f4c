using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// Staff sign in with a cookie of their own (never the reporters'): 30 minutes idle and it expires, and only after the
/// authenticator code does it carry the "mfa" claim that the staff area requires.
/// </summary>
public static class StaffAuth
{
    public const string Scheme = "Staff";
    public const string MfaClaim = "wbs:mfa";
    public const string StaffClaim = "wbs:staff";

    /// <summary>The authenticator code was right, but the member must still choose their own password.</summary>
    public const string CodeClaim = "wbs:code";

    public const string Policy = "staff";
    public const string ComplaintPolicy = "staff-complaints";
    public const string InspekturPolicy = "staff-inspektur";
    public const string UpgPolicy = "staff-upg";
    public const string AdminPolicy = "staff-admin";
    public const string ApiPolicy = "staff-api";

    public static AuthenticationBuilder AddStaffCookie(this AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, cookie =>
        {
            cookie.Cookie.Name = "wbs.staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Staf/Masuk";
            cookie.AccessDeniedPath = "/Staf/Ditolak";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateAsync;
            cookie.Events.OnRedirectToLogin = RelativeRedirect;
            cookie.Events.OnRedirectToAccessDenied = RelativeRedirect;
        });

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder authorization)
    {
        AuthorizationPolicyBuilder Staff(AuthorizationPolicyBuilder policy) =>
            policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(MfaClaim, "1");
        return authorization
            .AddPolicy(Policy, p => Staff(p))
            .AddPolicy(ComplaintPolicy, p => Staff(p).RequireRole(StaffRoles.Verifikator, StaffRoles.Inspektur))
            .AddPolicy(InspekturPolicy, p => Staff(p).RequireRole(StaffRoles.Inspektur))
            .AddPolicy(UpgPolicy, p => Staff(p).RequireRole(StaffRoles.Upg))
            .AddPolicy(AdminPolicy, p => Staff(p).RequireRole(StaffRoles.Admin))
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser()
                .RequireClaim(MfaClaim, "1").RequireClaim(StaffClaim, "1"));
    }

    /// <summary>
    /// Signs a staff member in; without <paramref name="mfa"/> the cookie opens only the sign-in steps (with
    /// <paramref name="codeGiven"/>, only the step that chooses a new password).
    /// </summary>
    public static async Task SignInAsync(HttpContext http, AppUser user, IEnumerable<string> roles, bool mfa, bool codeGiven = false)
    {
        var identity = new ClaimsIdentity(Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName!));
        identity.AddClaim(new Claim("AspNet.Identity.SecurityStamp", user.SecurityStamp ?? ""));
        identity.AddClaim(new Claim(StaffClaim, "1"));
        if (codeGiven && !mfa)
        {
            identity.AddClaim(new Claim(CodeClaim, "1"));
        }

        if (mfa)
        {
            identity.AddClaim(new Claim(MfaClaim, "1"));
            foreach (var role in roles)
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, role));
            }
        }

        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    public static StaffActor Actor(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No staff id."),
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());

    /// <summary>The cookie handler builds redirects from the request's Host header; only the path and query are kept.</summary>
    public static Task RelativeRedirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    // A disabled account, a reset authenticator or changed roles end the session at once; so does a full session of a
    // member who must still choose their own password.
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>();
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || !user.IsStaff || user.IsDisabled
            || user.SecurityStamp != context.Principal!.FindFirstValue("AspNet.Identity.SecurityStamp")
            || (user.MustChangePassword && context.Principal!.HasClaim(MfaClaim, "1")))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
