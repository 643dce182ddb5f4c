using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Data;

public static class DatabaseSetup
{
    /// <summary>SQLite in the data folder by default; PostgreSQL when configured, each with its own migrations.</summary>
    public static IServiceCollection AddWbsDatabase(this IServiceCollection services)
    {
        // Resolved when a context is made, so settings from every configuration source (tests included) apply.
        services.AddDbContext<SqliteWbsDbContext>((provider, db) =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Wbs");
            db.UseSqlite(string.IsNullOrWhiteSpace(connectionString)
                ? SqliteConnectionString(provider.GetRequiredService<IOptions<WbsOptions>>().Value)
                : connectionString);
            db.AddInterceptors(provider.GetRequiredService<Infrastructure.Metrics.DatabaseMetrics>(), provider.GetRequiredService<Infrastructure.Metrics.SubmissionMetrics>());
        });
        services.AddDbContext<PostgresWbsDbContext>((provider, db) =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Wbs");
            var configuration = provider.GetRequiredService<IConfiguration>();
            db.UseNpgsql(string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Wbs:DatabaseProvider is Postgres but ConnectionStrings:Wbs is empty.")
                : PostgresPool.Apply(connectionString, configuration.GetValue<int?>("Wbs:Database:MaxPoolSize"), configuration.GetValue<int?>("Wbs:Database:ConnectionWaitSeconds")));
            db.AddInterceptors(provider.GetRequiredService<Infrastructure.Metrics.DatabaseMetrics>(), provider.GetRequiredService<Infrastructure.Metrics.SubmissionMetrics>());
        });
        services.AddScoped<WbsDbContext>(provider => provider.GetRequiredService<IOptions<WbsOptions>>().Value.UsePostgres
            ? provider.GetRequiredService<PostgresWbsDbContext>()
            : provider.GetRequiredService<SqliteWbsDbContext>());

        // backup create / verify / restore: one archive format for both databases.
        services.AddScoped<Backup.BackupCreator>();
        services.AddScoped<Backup.BackupVerifier>();
        services.AddScoped<Backup.BackupRestorer>();

        // Keys for cookies and anti-forgery live in the database, so every node behind a load balancer shares them.
        // They are sealed under the master key ring first, so a copy of the database forges no cookie or token.
        services.AddDataProtection().SetApplicationName("wbs").PersistKeysToDbContext<WbsDbContext>();
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, provider) =>
            keys.XmlEncryptor = new Security.MasterKeyXmlEncryptor(provider));
        return services;
    }

    private static string SqliteConnectionString(WbsOptions options)
    {
        var dataFolder = Path.GetFullPath(options.DataFolder);
        var file = Path.Combine(dataFolder, "wbs.db");
        OwnerOnlyFiles.PrepareDatabaseFile(file);
        return new SqliteConnectionStringBuilder { DataSource = file }.ToString();
    }

    /// <summary>Applies migrations and seeds master data; safe to run on every start and from several nodes.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var checks = scope.ServiceProvider.GetRequiredService<StartupChecks>();
        if (db.Database.IsSqlite())
        {
            await checks.CheckSqliteAsync(db, ct);

            // WAL lets readers go on while a submission writes; busy_timeout makes writers queue instead of failing.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(ct);
        await InboxCounters.EnsureAsync(db, ct);

        // The retention ratchet must be this database's before any closed case's key is checked or used.
        await scope.ServiceProvider.GetRequiredService<Features.Kasus.Retensi.RetentionStartup>().EnsureAsync(ct);

        // Refuses a database whose data keys no configured master key opens, before a new key file is made for it.
        await checks.CheckMasterKeysAsync(db, ct);
        await scope.ServiceProvider.GetRequiredService<Security.KeyRingStore>().EnsureActiveAsync(ct);
        var system = scope.ServiceProvider.GetRequiredService<Security.SystemKeys>();
        await system.EnsureAsync(Security.SystemKeys.DataProtection, ct);
        await system.EnsureAsync(Security.SystemKeys.SubmissionKeys, ct);
        await scope.ServiceProvider.GetRequiredService<Security.PlainKeyRingRetirement>().RetireAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Security.AuditLog>().EnsureKeyedAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Features.Gratifikasi.GratificationOwners>().EnsureAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Security.SealedPadding>().EnsureAsync(ct);
        await MasterDataSeeder.SeedAsync(db, ct);
    }
}
