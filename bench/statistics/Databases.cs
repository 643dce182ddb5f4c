using Npgsql;

namespace Wbs.StatisticsBench;

internal static class Databases
{
    /// <summary>Drops the benchmark's PostgreSQL database after a run; its name comes from the connection string.</summary>
    public static async Task<int> DropPostgresAsync(BenchOptions options)
    {
        var setting = options.Settings.FirstOrDefault(s => s.StartsWith("--ConnectionStrings:Wbs=", StringComparison.OrdinalIgnoreCase));
        if (setting is null)
        {
            return 0;
        }

        var target = new NpgsqlConnectionStringBuilder(setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var database = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        target.Database = "postgres";
        await using var connection = new NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
        return 0;
    }
}
