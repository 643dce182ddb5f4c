using Npgsql;

namespace Wbs.Tests.Infrastructure;

/// <summary>
/// Which database a test run uses: WBS_TEST_DATABASE=sqlite (default) or postgres, with WBS_TEST_POSTGRES holding
/// the server's connection string. A postgres run without a reachable server fails loudly; it never skips.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("WBS_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("WBS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("WBS_TEST_DATABASE=postgres needs WBS_TEST_POSTGRES (a connection string to the test server).");

    /// <summary>A connection string to a fresh, uniquely named database; EF creates it when migrating.</summary>
    public static string NewPostgresDatabase(out string databaseName)
    {
        databaseName = "wbs_test_" + Guid.NewGuid().ToString("N")[..16];
        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = databaseName, Pooling = true }.ToString();
    }

    public static void DropPostgresDatabase(string databaseName)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
