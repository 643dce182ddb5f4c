namespace Wbs.Web.Security;

/// <summary>
/// A report whose data key this node cannot unwrap (its master key not yet given to this node) answers 503 with
/// Retry-After and a plain reason, on pages and the API alike, instead of a 500; other reports keep working.
/// </summary>
public sealed partial class KeyUnavailableResponses(RequestDelegate next, ILogger<KeyUnavailableResponses> logger)
{
    public const string Message = "Laporan ini belum dapat dibuka oleh server ini karena kunci enkripsinya belum tersedia di sini. Coba lagi beberapa saat lagi.";

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (MasterKeyUnavailableException ex) when (!context.Response.HasStarted)
        {
            LogUnavailable(logger, ex.MasterKeyId);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Kunci belum tersedia").ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Belum tersedia</title></head><body><main><h1>Belum tersedia</h1><p>{Message}</p></main></body></html>");
        }
    }

    [LoggerMessage(LogLevel.Error, "A data key is wrapped by master key {MasterKeyId}, which this node does not have: give every node the same Wbs:Keys:MasterKeys before keys rotate.")]
    private static partial void LogUnavailable(ILogger logger, string masterKeyId);
}
