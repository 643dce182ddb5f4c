using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Data;

public static class DatabaseSetup
{
    /// <summary>SQLite in the data folder by default; PostgreSQL when configured, each with its own migrations.</summary>
    public static IServiceCollection AddWbsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WbsOptions.Section).Get<WbsOptions>() ?? new WbsOptions();
        var connectionString = configuration.GetConnectionString("Wbs");

        if (options.UsePostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Wbs:DatabaseProvider is Postgres but ConnectionStrings:Wbs is empty.");
            }

            services.AddDbContext<WbsDbContext, PostgresWbsDbContext>(db => db.UseNpgsql(connectionString));
        }
        else
        {
            var dataFolder = Path.GetFullPath(options.DataFolder);
            Directory.CreateDirectory(dataFolder);
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataFolder, "wbs.db") }.ToString()
                : connectionString;
            services.AddDbContext<WbsDbContext, SqliteWbsDbContext>(db => db.UseSqlite(sqlite));
        }

        // Keys for cookies and anti-forgery live in the database, so every node behind a load balancer shares them.
        services.AddDataProtection().SetApplicationName("wbs").PersistKeysToDbContext<WbsDbContext>();
        return services;
    }

    /// <summary>Applies migrations and seeds master data; safe to run on every start and from several nodes.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a submission writes; busy_timeout makes writers queue instead of failing.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(ct);
        await MasterDataSeeder.SeedAsync(db, ct);
    }
}
