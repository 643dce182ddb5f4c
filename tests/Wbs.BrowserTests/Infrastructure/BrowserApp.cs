using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Wbs.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free 127.0.0.1 port, with its own data folder (SQLite) or its own PostgreSQL
/// database when WBS_TEST_DATABASE=postgres, so a browser can talk to it over real HTTP.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "wbs-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly string? postgresServer;
    private readonly string? postgresDatabase;
    private readonly int port = FreePort();
    private readonly IEnumerable<KeyValuePair<string, string?>> settings;

    /// <param name="settings">More settings, e.g. where mail goes; the public address is always this server's.</param>
    public BrowserApp(IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        this.settings = settings ?? [];
        if (string.Equals(Environment.GetEnvironmentVariable("WBS_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            postgresServer = Environment.GetEnvironmentVariable("WBS_TEST_POSTGRES")
                ?? throw new InvalidOperationException("WBS_TEST_DATABASE=postgres needs WBS_TEST_POSTGRES (a connection string to the test server).");
            postgresDatabase = "wbs_browser_" + Guid.NewGuid().ToString("N")[..16];
        }

        // A port known before the start, so links in mail (built from the public address) lead back here.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
    }

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        return new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Host settings: Program reads the database settings before the factory's app-configuration callbacks run.
        builder.UseSetting("Wbs:DataFolder", dataFolder);
        builder.UseSetting("Wbs:DatabaseProvider", postgresDatabase is null ? "Sqlite" : "Postgres");
        builder.UseSetting("Wbs:PublicBaseUrl", $"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (postgresDatabase is not null)
        {
            builder.UseSetting("ConnectionStrings:Wbs", new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase }.ToString());
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres" }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
