using Wbs.Web.Api;
using Wbs.Web.Data;

namespace Wbs.Web.Features.Staf;

public static class ExportEndpoints
{
    /// <summary>
    /// GET /Staf/Ekspor?format=xlsx|csv plus the inbox filters of <see cref="InboxQuery"/> (also under the inbox page's
    /// names; paging ignored): the whole filtered list as a download, for Verifikator (their assigned reports) and Inspektur (all).
    /// </summary>
    public static IEndpointRouteBuilder MapStaffExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Staf/Ekspor", async (string? format, [AsParameters] InboxQuery query, HttpContext http, InboxExport export, WbsDbContext db, CancellationToken ct) =>
        {
            var kind = (format ?? "xlsx").Trim().ToUpperInvariant();
            if (kind is not ("XLSX" or "CSV"))
            {
                return ApiEndpoints.Invalid(new Dictionary<string, string> { ["format"] = "Format ekspor harus xlsx atau csv." });
            }

            var asked = await query.WithInboxNames(http.Request.Query).ToFilterAsync(db, ct);
            if (asked.Value is not { } filter)
            {
                return ApiEndpoints.Invalid(asked.Errors);
            }

            var file = await export.ExportAsync(StaffAuth.Actor(http.User), filter, kind == "XLSX", ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        })
        .RequireAuthorization(StaffAuth.ComplaintPolicy)
        .ExcludeFromDescription();
        return app;
    }
}
