using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Wbs.Tests.Infrastructure;

/// <summary>
/// The whole app in memory on a database of its own (SQLite in a temporary data folder, or a fresh PostgreSQL
/// database), so tests never see each other's data.
/// </summary>
public class WbsFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "wbs-tests", Guid.NewGuid().ToString("N"));
    private readonly string? postgresDatabase;
    private readonly string? connectionString;

    public WbsFactory()
    {
        if (TestDatabase.IsPostgres)
        {
            connectionString = TestDatabase.NewPostgresDatabase(out var name);
            postgresDatabase = name;
        }
    }

    public string DataFolder => dataFolder;

    /// <summary>Extra settings a test wants, applied over the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Wbs:DataFolder"] = dataFolder,
                ["Wbs:DatabaseProvider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite",
                ["ConnectionStrings:Wbs"] = connectionString,
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (postgresDatabase is not null)
        {
            TestDatabase.DropPostgresDatabase(postgresDatabase);
        }

        if (Directory.Exists(dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
