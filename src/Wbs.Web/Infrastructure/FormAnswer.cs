namespace Wbs.Web.Infrastructure;

/// <summary>The answer to a form that cannot be taken: problem details under /api, a short Indonesian page elsewhere.</summary>
public static class FormAnswer
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string message, string? back = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        if (ErrorAnswers.IsApi(context))
        {
            await Results.Problem(title: title, detail: message, statusCode: status).ExecuteAsync(context);
            return;
        }

        Func<string?, string> encode = s => System.Net.WebUtility.HtmlEncode(s ?? "");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{encode(title)}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="container narrow"><h1>{encode(title)}</h1><p>{encode(message)}</p>
            <p><a class="button" href="{encode(back ?? context.Request.Path.Value ?? "/")}">Kembali ke formulir</a></p></main></body></html>
            """);
    }
}
