using System.Data.Common;
using Npgsql;

namespace Wbs.Web.Data;

/// <summary>
/// Pool settings for PostgreSQL: a default small enough for several nodes on one server (nodes × pool below
/// max_connections) and a short wait for a free connection, after which the request answers 503.
/// What the connection string says itself wins.
/// </summary>
public static class PostgresPool
{
    public const int DefaultMaxPoolSize = 20;
    public const int DefaultTimeoutSeconds = 5;

    private static readonly string[] PoolKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    public static string Apply(string connectionString, int? maxPoolSize, int? timeoutSeconds)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!PoolKeys.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = maxPoolSize ?? DefaultMaxPoolSize;
        }

        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = timeoutSeconds ?? DefaultTimeoutSeconds;
        }

        return builder.ConnectionString;
    }
}
