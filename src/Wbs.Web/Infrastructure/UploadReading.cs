using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Infrastructure;

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
