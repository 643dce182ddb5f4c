using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;

namespace Wbs.Tests.Requests;

/// <summary>A busy or exhausted database answers 503 after a short wait, never 500.</summary>
public class PoolTests
{
    [Fact]
    public void Pool_Default_IsSizedForSeveralNodesAndTheConnectionStringWins()
    {
        var sized = new NpgsqlConnectionStringBuilder(PostgresPool.Apply("Host=db;Database=wbs", null, null));
        var given = new NpgsqlConnectionStringBuilder(PostgresPool.Apply("Host=db;Database=wbs;Maximum Pool Size=7;Timeout=3", 40, 9));
        var configured = new NpgsqlConnectionStringBuilder(PostgresPool.Apply("Host=db;Database=wbs", 40, 9));

        Assert.Equal((20, 5), (sized.MaxPoolSize, sized.Timeout));
        Assert.Equal((7, 3), (given.MaxPoolSize, given.Timeout));
        Assert.Equal((40, 9), (configured.MaxPoolSize, configured.Timeout));
    }

    [Fact]
    public async Task Submissions_WhileTheDatabaseIsHeld_AnswerOnly2xxOr503()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:Database:MaxPoolSize"] = "1";
        factory.Settings["Wbs:Database:ConnectionWaitSeconds"] = "3";
        if (!TestDatabase.IsPostgres)
        {
            // SQLite has no pool: a writer waits for the lock for the command timeout instead.
            factory.Settings["ConnectionStrings:Wbs"] = $"Data Source={Path.Combine(factory.DataFolder, "wbs.db")};Default Timeout=1";
            Directory.CreateDirectory(factory.DataFolder);
        }

        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        await api.ViolationTypesAsync();

        // Concurrent submissions on a pool of one: each either gets the connection in time or a 503.
        var racing = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => api.CreateReportAsync(new ComplaintBuilder())));
        Assert.All(racing, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"answered {(int)r.StatusCode}"));

        // The one connection (or the SQLite write lock) held elsewhere: every submission waits briefly, then 503.
        await using (var held = await HoldDatabaseAsync(factory))
        {
            var blocked = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.CreateReportAsync(new ComplaintBuilder())));
            Assert.All(blocked, r =>
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
                Assert.NotNull(r.Headers.RetryAfter);
            });
        }

        using var after = await api.CreateReportAsync(new ComplaintBuilder());
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        var stored = racing.Count(r => r.StatusCode == HttpStatusCode.Created) + 1;
        Assert.Equal(stored, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    private static async Task<System.Data.Common.DbConnection> HoldDatabaseAsync(WbsFactory factory)
    {
        await using var scope = factory.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<WbsDbContext>().Database.GetConnectionString()!;
        System.Data.Common.DbConnection connection = TestDatabase.IsPostgres
            ? new NpgsqlConnection(connectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync();
        if (!TestDatabase.IsPostgres)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
        }

        return connection;
    }
}
