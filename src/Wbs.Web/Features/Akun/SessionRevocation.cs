using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Akun;

/// <summary>
/// Every reporter cookie and every bearer token carries the account's security stamp and is checked against it on
/// each request (one lookup by primary key), so sign-out, a password reset, a role change or disabling ends them at once.
/// </summary>
public static class SessionRevocation
{
    public const string StampClaim = "AspNet.Identity.SecurityStamp";

    public static async Task<bool> StampMatchesAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        // A token of one anonymous complaint carries that report's stamp instead of an account's.
        if (Lacak.LacakSession.ReportOf(principal) is not null)
        {
            return await Lacak.LacakSession.StampMatchesAsync(http, principal);
        }

        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(StampClaim);
        if (id is null || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<WbsDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.IsDisabled }).SingleOrDefaultAsync(http.RequestAborted);
        return current is { IsDisabled: false } && current.SecurityStamp == stamp;
    }

    /// <summary>Replaces Identity's interval-based stamp check for the reporters' cookie with a check on every request.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        bool matches;
        try
        {
            matches = await StampMatchesAsync(context.HttpContext, context.Principal);
        }
        catch (Exception error) when (Infrastructure.ErrorAnswers.IsDatabaseUnavailable(error))
        {
            // The framework caches a failed sign-in check for the request, so the error page would fail again: keep the
            // cookie, show no one signed in, and let the outage surface after authentication (see RethrowOutage).
            context.RejectPrincipal();
            context.HttpContext.Items[OutageKey] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error);
            return;
        }

        if (!matches)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private const string OutageKey = "wbs.session-check-outage";

    /// <summary>Right after authentication: a database outage met by the session check answers as the outage it is.</summary>
    public static IApplicationBuilder RethrowOutage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Items.Remove(OutageKey, out var captured) && captured is System.Runtime.ExceptionServices.ExceptionDispatchInfo outage)
        {
            outage.Throw();
        }

        await next(context);
    });

    /// <summary>Reads the token as the bearer handler will, and fails it when its stamp is no longer the account's.</summary>
    public static async Task CheckBearerAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is not null && !await StampMatchesAsync(context.HttpContext, ticket.Principal))
        {
            context.Fail("The token was revoked.");
        }
    }
}
