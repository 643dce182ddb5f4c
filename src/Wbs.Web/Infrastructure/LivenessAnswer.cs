namespace Wbs.Web.Infrastructure;

/// <summary>
/// GET /health and /health/live: the process answers. Answered right after the security headers, before status pages,
/// settings, routing and authentication, so a monitor polling it costs next to nothing and never waits for the
/// database; <c>/health/ready</c> stays an endpoint that asks the database.
/// </summary>
public static class LivenessAnswer
{
    private static readonly byte[] Ok = """{"status":"ok"}"""u8.ToArray();
    private static readonly byte[] Live = """{"status":"live"}"""u8.ToArray();

    public static IApplicationBuilder UseLivenessAnswer(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        var body = request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase) ? Ok
            : request.Path.Equals("/health/live", StringComparison.OrdinalIgnoreCase) ? Live
            : null;
        if (body is null)
        {
            return next(context);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    });
}
