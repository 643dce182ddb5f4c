using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Infrastructure;

/// <summary>How long a request body may go quiet and how slow it may be before it is cut off (section "Wbs:Requests").</summary>
public sealed class RequestOptions
{
    public const string Section = "Wbs:Requests";

    /// <summary>Seconds without a single byte of body after which the upload is answered 408.</summary>
    public int BodyIdleSeconds { get; set; } = 30;

    /// <summary>Kestrel's minimum body rate, averaged after the grace period; far below a slow phone connection.</summary>
    public int MinBodyBytesPerSecond { get; set; } = 100;

    public int MinBodyRateGraceSeconds { get; set; } = 30;
}

/// <summary>
/// Reads every multipart form itself (after authorization, so strangers upload nothing), keeping files in sealed
/// buffers instead of the framework's plaintext temporary files; pages and the API then see the form as usual.
/// </summary>
public sealed class UploadReading(RequestDelegate next, IOptions<EvidenceOptions> evidence, IOptions<FormOptions> form,
    IOptions<RequestOptions> requests, UploadBuffers buffers)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // A re-executed error page finds the form already read (or the body gone): it must not read it again.
        if (context.GetEndpoint() is null || context.Features.Get<IFormFeature>()?.Form is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }

        var limits = new UploadReadLimits(evidence.Value.MaxFileBytes, form.Value.ValueCountLimit, form.Value.KeyLengthLimit,
            form.Value.ValueLengthLimit, 64 * 1024, evidence.Value.MaxReportBytes + UploadLimits.FormOverheadBytes);
        var body = request.Body;
        request.Body = new IdleTimeoutStream(body, TimeSpan.FromSeconds(requests.Value.BodyIdleSeconds));
        try
        {
            var read = await UploadReader.ReadAsync(request, buffers.Folder, limits, context.RequestAborted);
            context.Features.Set<IFormFeature>(new FormFeature(read));
        }
        catch (BrokenUploadException broken) when (!context.RequestAborted.IsCancellationRequested)
        {
            await FormAnswer.WriteAsync(context, broken.StatusCode,
                broken.StatusCode == StatusCodes.Status408RequestTimeout ? "Kiriman terhenti" : "Kiriman rusak", broken.Message);
            return;
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: there is no one to answer, and the sealed buffers die with the request.
            return;
        }
        finally
        {
            request.Body = body;
        }

        await next(context);
    }
}

/// <summary>Fails a body read that brings no byte for the idle time, as a 408.</summary>
public sealed class IdleTimeoutStream(Stream inner, TimeSpan idle) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(idle);
        try
        {
            return await inner.ReadAsync(buffer, timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BrokenUploadException(BrokenUpload.Stalled, StatusCodes.Status408RequestTimeout);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>The folder for sealed upload buffers: owner-only, and emptied at start of whatever a crash left behind.</summary>
public sealed class UploadBuffers
{
    public UploadBuffers(IOptions<WbsOptions> options)
    {
        Folder = Path.Combine(Path.GetFullPath(options.Value.DataFolder), "upload-buffers");
        Directory.CreateDirectory(Folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Leftovers are ciphertext under keys that died with their process, but nothing should outlive a request.
        foreach (var leftover in Directory.EnumerateFiles(Folder, "wbs-*.sealed"))
        {
            File.Delete(leftover);
        }
    }

    public string Folder { get; }
}

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
