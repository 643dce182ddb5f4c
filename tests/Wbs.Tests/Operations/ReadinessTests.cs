using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Requests;

namespace Wbs.Tests.Operations;

/// <summary>While the database is away the node says it is not ready (but alive: /health and /health/live stay 200), answers 503 on both paths, and recovers by itself when it is back.</summary>
public class ReadinessTests
{
    [Fact]
    public async Task DatabaseAwayAndBack_ReadyFollowsIt_ApiAndPagesAnswer503_ThenServeAgain()
    {
        using var factory = new WbsFactory();
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var first = await api.CreateValidReportAsync();
        using var probe = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        var connection = configuration["ConnectionStrings:Wbs"];

        Outage.CutDatabase(factory);
        using var ready = await probe.GetAsync("/health/ready");
        using var live = await probe.GetAsync("/health/live");
        using var health = await probe.GetAsync("/health");
        using var apiAnswer = await api.CreateReportAsync(new ComplaintBuilder());
        using var page = await probe.GetAsync("/Statistik");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("not ready", (await ApiClient.JsonAsync(ready)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiAnswer.StatusCode);
        Assert.Equal("application/problem+json", apiAnswer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // The database is back: no restart, no manual step.
        configuration["ConnectionStrings:Wbs"] = connection;
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
        var second = await api.CreateValidReportAsync();
        var list = await api.GetJsonAsync("/api/v1/reports");
        Assert.Equal(
            new[] { first, second }.Order(StringComparer.Ordinal),
            list.EnumerateArray().Select(r => r.GetProperty("registrationNumber").GetString()!).Order(StringComparer.Ordinal));
    }
}
