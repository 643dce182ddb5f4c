using Microsoft.AspNetCore.HttpOverrides;
using Wbs.Web.Api;
using Wbs.Web.Data;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Infrastructure;

public static class Pipeline
{
    public static ILoggingBuilder AddWbsLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ "; console.UseUtcTimestamp = true; });
        // Request-level framework logs would name paths and query strings; warnings and errors are enough.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        return logging;
    }

    public static WebApplication UseWbsPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // API clients get problem details, people the Indonesian error page, each with the status the error deserves.
            app.UseWhen(ErrorAnswers.IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorAnswers.ApiAsync }));
            app.UseWhen(context => !ErrorAnswers.IsApi(context), pages => pages.UseExceptionHandler(
                new ExceptionHandlerOptions { ExceptionHandlingPath = "/Galat", StatusCodeSelector = ErrorAnswers.StatusOf }));
            app.UseHsts();
        }

        // Behind a trusted reverse proxy the client's address is taken from X-Forwarded-For, for rate limits only (memory).
        var proxies = app.Configuration.GetSection("Wbs:TrustedProxies").Get<string[]>() ?? [];
        if (proxies.Length > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            foreach (var proxy in proxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseLivenessAnswer();
        app.UseMiddleware<OnionLocation>();
        app.UseWhen(
            context => !ErrorAnswers.IsApi(context),
            pages => pages.UseStatusCodePagesWithReExecute("/Galat", "?kode={0}"));
        app.UseMiddleware<Security.KeyUnavailableResponses>();
        app.UseWhen(ErrorAnswers.IsApi, api => api.UseStatusCodePages());
        app.UseMiddleware<UploadLimits>();
        app.UseMiddleware<SettingsRefresh>();
        app.UseRouting();
        app.UseAuthentication();
        app.RethrowOutage();
        app.UseWbsPublicPageCache();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Services.GetRequiredService<UploadBuffers>();
        app.UseMiddleware<UploadReading>();
        return app;
    }

    public static WebApplication MapWbsEndpoints(this WebApplication app)
    {
        // Fingerprinted, build-time compressed files from the manifest; answered as soon as routing finds them, before
        // authentication and the rest, which a stylesheet does not need.
        app.MapStaticAssets().ShortCircuit();
        app.MapRazorPages().WithStaticAssets();
        app.MapMovedStaffAddresses();
        app.MapWbsApi();
        app.MapStaffExport();
        Features.Verifikasi.ReceiptKeyEndpoints.MapReceiptKeys(app);
        // /health and /health/live are answered early in the pipeline (LivenessAnswer); ready = it can reach its database now.
        app.MapGet("/health/ready", async (WbsDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "not ready", detail = "Basis data tidak dapat dijangkau." }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();
        return app;
    }
}
