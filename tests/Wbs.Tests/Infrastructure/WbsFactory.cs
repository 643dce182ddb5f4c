using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.Tests.Infrastructure;

/// <summary>
/// The whole app in memory on a database of its own (SQLite in a temporary data folder, or a fresh PostgreSQL
/// database), so tests never see each other's data. <see cref="AnotherNode"/> starts a second app on the same
/// database, as a second server behind a load balancer would be.
/// </summary>
public class WbsFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder;
    private readonly string? postgresDatabase;
    private readonly string? connectionString;
    private readonly bool ownsDatabase;

    public WbsFactory()
    {
        dataFolder = Path.Combine(Path.GetTempPath(), "wbs-tests", Guid.NewGuid().ToString("N"));
        ownsDatabase = true;
        if (TestDatabase.IsPostgres)
        {
            connectionString = TestDatabase.NewPostgresDatabase(out var name);
            postgresDatabase = name;
        }
    }

    private WbsFactory(WbsFactory first)
    {
        dataFolder = first.dataFolder;
        connectionString = first.connectionString;
        postgresDatabase = first.postgresDatabase;
        ownsDatabase = false;
        foreach (var (key, value) in first.Settings)
        {
            Settings[key] = value;
        }
    }

    public string DataFolder => dataFolder;

    /// <summary>The PostgreSQL connection string of this instance's database (null on SQLite).</summary>
    public string? ConnectionString => connectionString;

    /// <summary>Extra settings a test wants, applied over the defaults; set them before the first client.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Replaces the clock of the app (set before the first client).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>A second app host on the same database (same SQLite file or PostgreSQL database); the first one deletes it.</summary>
    public WbsFactory AnotherNode() => new(this) { Clock = Clock };

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see where a form sends them.</summary>
    public PageClient CreatePageClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public ApiClient CreateApiClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    /// <summary>A scope of the app's own services, to look behind the pages where the user cannot (counters, stored rows).</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Host settings reach Program before it registers the database; app configuration added later would not.
        builder.UseSetting("Wbs:DataFolder", dataFolder);
        builder.UseSetting("Wbs:DatabaseProvider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Wbs", connectionString ?? "");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !ownsDatabase)
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
