using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Lets the submission endpoints take a whole report's evidence (other requests keep the server's small default)
/// and turns a too-large body into a clear answer instead of a broken connection.
/// </summary>
public sealed class UploadLimits(RequestDelegate next, IOptions<EvidenceOptions> evidence)
{
    public const long FormOverheadBytes = 1024 * 1024;

    private static readonly string[] UploadPaths = ["/Pengaduan/Tambah", "/api/v1/reports", "/api/v1/gratifications", "/Gratifikasi/Tambah", "/Kirim/TanpaAkun", "/api/v1/anonymous/reports"];

    public async Task InvokeAsync(HttpContext context)
    {
        var isUpload = HttpMethods.IsPost(context.Request.Method)
            && (UploadPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) || IsCompletion(context.Request));
        if (isUpload && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = evidence.Value.MaxReportBytes + FormOverheadBytes;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(context, evidence.Value);
        }
    }

    // A reporter completing a report (Perlu Dilengkapi) may send as much evidence as with the report itself.
    private static bool IsCompletion(HttpRequest request) =>
        (request.Path.StartsWithSegments("/Pengaduan", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/Gratifikasi", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/Lacak", StringComparison.OrdinalIgnoreCase))
        && string.Equals(request.Query["handler"], "Lengkapi", StringComparison.OrdinalIgnoreCase);

    private static async Task TooLargeAsync(HttpContext context, EvidenceOptions evidence)
    {
        var message = $"Ukuran kiriman melebihi batas {Evidence.EvidenceIntake.FormatSize(evidence.MaxReportBytes)} untuk satu laporan "
            + $"(paling besar {Evidence.EvidenceIntake.FormatSize(evidence.MaxFileBytes)} per berkas). Kurangi atau perkecil berkas bukti, lalu kirim lagi.";
        var back = IsCompletion(context.Request) ? context.Request.Path.Value : "/Pengaduan/Tambah";
        await FormAnswer.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Kiriman terlalu besar", message, back);
    }
}
