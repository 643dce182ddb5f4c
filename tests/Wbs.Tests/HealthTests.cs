using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;

namespace Wbs.Tests;

public class HealthTests
{
    [Fact]
    public async Task Get_Health_AnswersOkWhenTheDatabaseAnswers()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await ApiClient.JsonAsync(response)).GetProperty("status").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    /// <summary>/health is the cheap liveness answer: no database, no session, no settings read; /health/ready asks the database.</summary>
    [Fact]
    public async Task Get_Health_IsAnsweredBeforeTheDatabaseAndTheSession()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        _ = await client.GetAsync("/health/ready");
        Wbs.Tests.Requests.Outage.CutDatabase(factory);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        // A cookie that authentication would have to read and reject: the answer comes before it is looked at.
        request.Headers.Add("Cookie", "wbs.auth=bukan-cookie-yang-sah");
        var health = await client.SendAsync(request);
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", (await ApiClient.JsonAsync(health)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task Model_MatchesTheMigrationsOfTheProviderInUse()
    {
        using var factory = new WbsFactory();
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration of " + db.Database.ProviderName + " holds.");
    }

    [Fact]
    public async Task Factory_UsesTheDatabaseTheTestRunAskedFor()
    {
        using var factory = new WbsFactory();
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();

        if (TestDatabase.IsPostgres)
        {
            Assert.True(db.Database.IsNpgsql(), "WBS_TEST_DATABASE=postgres but the app runs on " + db.Database.ProviderName);
            Assert.StartsWith("wbs_test_", db.Database.GetDbConnection().Database, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(db.Database.IsSqlite(), "The app runs on " + db.Database.ProviderName);
            Assert.Equal(Path.Combine(factory.DataFolder, "wbs.db"), db.Database.GetDbConnection().DataSource);
        }

        Assert.True(await db.Database.CanConnectAsync());
    }
}
