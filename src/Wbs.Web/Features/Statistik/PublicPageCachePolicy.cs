using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Features.Statistik;

/// <summary>
/// The home page, /statistik and GET /api/v1/statistics, kept whole in the node's output cache. An entry is keyed by
/// the <see cref="StatisticsStamp"/> read for every request (<see cref="StatisticsStampReads"/>, so a change made on any node shows on the next request on
/// every node), the year shown, the agency settings last loaded, the build and the content encoding. Only anonymous
/// requests in the canonical form are cached: a signed-in reporter's page names their menu and carries an
/// anti-forgery token, so it is rendered for them and keeps no-store.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "wbs-public-statistics";

    /// <summary>Old stamps are never asked for again; entries of the current one stay while the figures hold.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Changes with every build, so a new release never answers 304 with the old markup.</summary>
    private static readonly string Build = typeof(PublicPageCachePolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private static readonly string[] Paths = ["/", "/statistik", "/api/v1/statistics"];

    /// <summary>Also decides which responses are compressed: only these, so no secret is ever compressed beside reflected input.</summary>
    public static bool IsCacheable(HttpContext context)
    {
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && IsPublicPath(request.Path)
            && context.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(request.Headers.Authorization);
    }

    public static bool IsPublicPath(PathString path)
    {
        foreach (var p in Paths)
        {
            if (path.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var clock = services.GetRequiredService<AgencyClock>();
        var currentYear = clock.Today.Year;
        if (!IsCacheable(http) || ChosenYear(http.Request, currentYear) is not { } year)
        {
            context.EnableOutputCaching = false;
            return;
        }

        var stamp = await services.GetRequiredService<StatisticsStampReads>().ReadAsync(cancellation);
        var settings = services.GetRequiredService<AgencySettingsStore>().Current?.UpdatedAt.Ticks ?? 0;
        var compression = services.GetService<IResponseCompressionProvider>();
        var encoding = compression is not null && compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";
        var tag = string.Create(CultureInfo.InvariantCulture, $"{Build}-{stamp}-{year}-{currentYear}-{settings:x}-{encoding}");

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.VaryByValues["wbs"] = tag;

        // Public figures: any cache may keep them but must ask again each time, so the next request sees a change.
        http.Response.Headers.ETag = "\"" + tag + "\"";
        http.Response.Headers.CacheControl = "public, no-cache";
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // An error, a redirect or anything that sets a cookie is nobody else's answer.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The year the page or endpoint will show, when the request names it canonically (no query, or only
    /// <c>?tahun=YYYY</c> / <c>?year=YYYY</c> with a published year); any other form is rendered without the cache,
    /// so no spelling of a query can store one year's answer under another's key.
    /// </summary>
    private static int? ChosenYear(HttpRequest request, int currentYear)
    {
        var query = request.Query;
        if (query.Count == 0)
        {
            return request.QueryString.HasValue && request.QueryString.Value != "?" ? null : currentYear;
        }

        var name = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "year" : "tahun";
        if (query.Count != 1 || !query.TryGetValue(name, out var values) || values.Count != 1 || values[0] is not { Length: 4 } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year >= StatisticsCalendar.MinYear && year <= currentYear
            ? year
            : null;
    }
}
