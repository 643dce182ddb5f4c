using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Reads a multipart form part by part: fields as text, each file into a <see cref="SealedBuffer"/>. Sizes are checked
/// while streaming; a file past the per-file limit is counted but not kept, so intake can say which file was too big.
/// Every way a body can be broken becomes a <see cref="BrokenUploadException"/> with an Indonesian reason.
/// </summary>
public static class UploadReader
{
    private const int MaxBoundaryLength = 70;

    public static async Task<IFormCollection> ReadAsync(HttpRequest request, string bufferFolder, UploadReadLimits limits, CancellationToken ct)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength)
        {
            throw new BrokenUploadException(BrokenUpload.NoBoundary);
        }

        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new FormFileCollection();
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, HeadersCountLimit = 16 };
        var count = 0;
        long fileBytes = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (++count > limits.MaxFields)
                {
                    throw new BrokenUploadException($"Kiriman berisi terlalu banyak isian: paling banyak {limits.MaxFields} bagian dalam satu formulir.");
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(disposition.Name).Value))
                {
                    throw new BrokenUploadException("Kiriman rusak: salah satu bagian multipart tidak punya Content-Disposition form-data dengan nama isian.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
                if (name.Length > limits.MaxKeyLength)
                {
                    throw new BrokenUploadException($"Kiriman rusak: nama isian lebih dari {limits.MaxKeyLength} karakter.");
                }

                if (disposition.IsFileDisposition())
                {
                    var file = await ReadFileAsync(section, disposition, name, bufferFolder, limits, request.HttpContext, ct);
                    fileBytes += file.Length;

                    // Checked here too, as not every server enforces the body limit the upload paths set.
                    if (fileBytes > limits.MaxBodyBytes)
                    {
                        throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
                    }

                    files.Add(file);
                }
                else
                {
                    fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), await ReadFieldAsync(section, name, limits, ct));
                }
            }
        }
        catch (Exception ex) when (ex is not BrokenUploadException && BrokenUpload.Describe(ex) is { } reason)
        {
            var status = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            if (status == StatusCodes.Status413PayloadTooLarge)
            {
                throw;
            }

            throw new BrokenUploadException(reason, status, ex);
        }

        return new FormCollection(fields, files);
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, UploadReadLimits limits, CancellationToken ct)
    {
        var buffer = new char[4096];
        var text = new StringBuilder();
        using var reader = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            if (text.Length + read > limits.MaxValueLength)
            {
                throw new BrokenUploadException($"Isian \"{Shorten(name)}\" terlalu panjang: paling banyak {limits.MaxValueLength} karakter.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    private static async Task<IFormFile> ReadFileAsync(
        MultipartSection section, ContentDispositionHeaderValue disposition, string name, string folder, UploadReadLimits limits,
        HttpContext context, CancellationToken ct)
    {
        var sealedBuffer = new SealedBuffer(folder, limits.MemoryBytes);
        context.Response.RegisterForDispose(sealedBuffer);
        var chunk = new byte[81920];
        long length = 0;
        int read;
        while ((read = await section.Body.ReadAsync(chunk, ct)) > 0)
        {
            length += read;
            if (length <= limits.MaxFileBytes)
            {
                await sealedBuffer.WriteAsync(chunk.AsMemory(0, read), ct);
            }
        }

        await sealedBuffer.CompleteAsync(ct);
        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
        return new SealedFormFile(sealedBuffer, length, name, fileName, section.ContentType ?? "application/octet-stream", section.ContentDisposition ?? "");
    }

    private static string Shorten(string name) => name.Length > 40 ? name[..40] + "…" : name;
}
