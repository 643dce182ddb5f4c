using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Features.Lacak;

public static class LacakRegistration
{
    /// <summary>Reports without an account: the code check, the Lacak cookie, and the API policy that accepts either token.</summary>
    public static IServiceCollection AddWbsLacak(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AnonymousOptions>(configuration.GetSection(AnonymousOptions.Section));
        services.AddSingleton<AddressAttempts>();
        services.AddSingleton(provider => new NumberSlowdown(provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<AccessCheck>();
        services.AddScoped<AnonymousSubmission>();
        services.AddAuthentication().AddCookie(LacakSession.Scheme);
        services.AddOptions<CookieAuthenticationOptions>(LacakSession.Scheme).Configure<IOptions<AnonymousOptions>>((cookie, anonymous) =>
        {
            // Its own cookie, sent to the Lacak pages only, ended with the browser and after a short idle time.
            cookie.Cookie.Name = "wbs.lacak";
            cookie.Cookie.Path = "/Lacak";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(anonymous.Value.SessionIdleMinutes);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Lacak";
            cookie.Events.OnValidatePrincipal = LacakSession.ValidateCookieAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(AnonymousEndpoints.ReportReaderPolicy, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser()

            // An account's token (not staff) or an anonymous report's token.
            .RequireAssertion(context => !context.User.HasClaim(Staf.StaffAuth.StaffClaim, "1")
                && (context.User.HasClaim(c => c.Type == System.Security.Claims.ClaimTypes.NameIdentifier) || LacakSession.ReportOf(context.User) is not null)));
        return services;
    }
}
