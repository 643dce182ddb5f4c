using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

public class OpenApiTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_OpenApiDocument_ListsTheReporterContract()
    {
        using var api = factory.CreateApiClient();

        using var response = await api.Http.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiClient.JsonAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        var expected = new (string Path, string Method)[]
        {
            ("/api/v1/auth/register", "post"),
            ("/api/v1/auth/login", "post"),
            ("/api/v1/violation-types", "get"),
            ("/api/v1/reports", "post"),
            ("/api/v1/reports", "get"),
            ("/api/v1/reports/{registrationNumber}", "get"),
            ("/api/v1/reports/{registrationNumber}/attachments/{id}", "get"),
        };
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"The OpenAPI document lacks {path}.");
            Assert.True(item.TryGetProperty(method, out _), $"The OpenAPI document lacks {method.ToUpperInvariant()} {path}.");
        }

        var create = paths.GetProperty("/api/v1/reports").GetProperty("post");
        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("400", out _));
        Assert.False(paths.TryGetProperty("/health", out _));
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
    }
}
