using Microsoft.AspNetCore.ResponseCompression;

namespace Wbs.Web.Features.Statistik;

public static class PublicPageCacheRegistration
{
    /// <summary>The output cache of the public figures, and compression of those responses only (see README).</summary>
    public static IServiceCollection AddWbsPublicPageCache(this IServiceCollection services)
    {
        services.AddSingleton<StatisticsStampReads>();
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
            options.SizeLimit = 64 * 1024 * 1024;
        });
        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here because only the anonymous public figures pass through it (PublicPageCachePolicy.IsCacheable).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

        // Compressed once per stamp and year, then served from the cache: the smaller output is worth the slower level.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        return services;
    }

    /// <summary>After authentication (a signed-in reporter is never served from the cache) and before the pages.</summary>
    public static IApplicationBuilder UseWbsPublicPageCache(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseWhen(PublicPageCachePolicy.IsCacheable, compressed => compressed.UseResponseCompression());
        return app;
    }
}
