namespace Wbs.Web.Infrastructure;

/// <summary>
/// Offers the onion service (setting Wbs:OnionAddress, e.g. http://NAME.onion) to browsers that can reach it: every
/// answer on the clear-web address carries <c>Onion-Location</c> with the same path and query on the onion address.
/// Answers that came through the onion address itself carry none.
/// </summary>
public sealed class OnionLocation(RequestDelegate next, IConfiguration configuration)
{
    public const string Setting = "Wbs:OnionAddress";

    public Task InvokeAsync(HttpContext context)
    {
        if (Address(configuration) is { } onion && !context.Request.Host.Host.EndsWith(".onion", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["Onion-Location"] = onion + context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    /// <summary>The configured onion address without a trailing slash, or null when none (or not an onion address) is set.</summary>
    public static string? Address(IConfiguration configuration) =>
        Uri.TryCreate(configuration[Setting], UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && uri.Host.EndsWith(".onion", StringComparison.OrdinalIgnoreCase)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
