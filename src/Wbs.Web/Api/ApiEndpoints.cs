using Wbs.Web.Features.Statistik;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Features.Akun;
namespace Wbs.Web.Api;

public static class ApiEndpoints
{
    /// <summary>The JSON API v1 and its OpenAPI document.</summary>
    public static IServiceCollection AddWbsApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, context, _) =>
        {
            // The server address comes from the setting, never from the request's Host header (which anyone can forge).
            var publicUrl = context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.WbsOptions>>().Value.PublicBaseUrl;
            document.Servers = string.IsNullOrWhiteSpace(publicUrl) ? [] : [new Microsoft.OpenApi.OpenApiServer { Url = publicUrl.TrimEnd('/') }];

            document.Info.Title = "WBS API";
            document.Info.Description = "Whistleblowing system of a regional inspectorate (v1): the reporter's contract, and the staff part "
                + "under /api/v1/staff (log in with totpCode; send the token as Authorization: Bearer).";

            // Declared so generated clients send the token; which operations need it is in each one's description.
            document.Components ??= new Microsoft.OpenApi.OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken of POST /api/v1/auth/login.",
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapWbsApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthEndpoints();
        v1.MapMasterDataEndpoints();
        v1.MapComplaintEndpoints();
        v1.MapComplaintThreadEndpoints();
        Features.Lacak.AnonymousEndpoints.MapAnonymousEndpoints(v1);
        v1.MapGratificationEndpoints();
        v1.MapStaffComplaintEndpoints();
        v1.MapStatisticsEndpoints();
        return app;
    }

    /// <summary>Problem details naming each bad field, as the API contract promises.</summary>
    public static IResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: "Data tidak valid",
            detail: "Periksa kembali isian yang disebut di bawah.");

    public static IResult NotFound(string what) =>
        TypedResults.Problem(title: "Tidak ditemukan", detail: what, statusCode: StatusCodes.Status404NotFound);
}
