using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Lacak;

/// <summary>
/// The Lacak session of one anonymous complaint: a cookie of its own (path /Lacak, ended by the browser, idle
/// timeout) or a short API token, each carrying the report's id and session stamp; Keluar renews the stamp, which
/// ends every session and token of that report at once. The account cookie is never read or written here.
/// </summary>
public static class LacakSession
{
    public const string Scheme = "lacak";
    public const string ReportClaim = "wbs:lacak-report";
    public const string StampClaim = "wbs:lacak-stamp";

    public static ClaimsPrincipal Principal(OpenedReport opened, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ReportClaim, opened.ReportId.ToString()), new Claim(StampClaim, opened.SessionStamp)], authenticationType));

    /// <summary>The report a Lacak cookie or anonymous token opened; null for anything else.</summary>
    public static Guid? ReportOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ReportClaim), out var id) ? id : null;

    public static ReportOwner? OwnerOf(ClaimsPrincipal? principal) => ReportOf(principal) is { } id ? ReportOwner.Anonymous(id) : null;

    public static Task SignInAsync(HttpContext http, OpenedReport opened) =>
        http.SignInAsync(Scheme, Principal(opened, Scheme), new AuthenticationProperties { IsPersistent = false });

    /// <summary>The report of this browser's Lacak session, checked against its stamp; null when there is none.</summary>
    public static async Task<Guid?> CurrentAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Succeeded ? ReportOf(result.Principal) : null;
    }

    /// <summary>A bearer token for the API, scoped to the one report, valid for the idle timeout.</summary>
    public static (string Token, int ExpiresIn) IssueToken(HttpContext http, OpenedReport opened)
    {
        var minutes = http.RequestServices.GetRequiredService<IOptions<AnonymousOptions>>().Value.SessionIdleMinutes;
        var bearer = http.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddMinutes(minutes) };
        var ticket = new AuthenticationTicket(Principal(opened, IdentityConstants.BearerScheme), properties, IdentityConstants.BearerScheme);
        return (bearer.BearerTokenProtector.Protect(ticket), minutes * 60);
    }

    /// <summary>Keluar: a new stamp, so this cookie, its copies and every token of the report stop working.</summary>
    public static async Task EndAsync(HttpContext http, Guid reportId)
    {
        var db = http.RequestServices.GetRequiredService<WbsDbContext>();
        var stamp = NewStamp();
        await db.AnonymousAccesses.Where(a => a.ReportId == reportId).ExecuteUpdateAsync(s => s.SetProperty(a => a.SessionStamp, stamp), http.RequestAborted);
        await http.SignOutAsync(Scheme);
    }

    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>One primary-key lookup per request: the stamp must still be the report's.</summary>
    public static async Task<bool> StampMatchesAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        var stamp = principal?.FindFirstValue(StampClaim);
        if (ReportOf(principal) is not { } id || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<WbsDbContext>();
        var current = await db.AnonymousAccesses.AsNoTracking().Where(a => a.ReportId == id).Select(a => a.SessionStamp).SingleOrDefaultAsync(http.RequestAborted);
        return current == stamp;
    }

    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (!await StampMatchesAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
