using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Requests;

/// <summary>
/// Takes a running app's database away: later requests get a connection string nothing answers on. Quick, and the only
/// outage SQLite can have; <see cref="OutageTests"/> stops a real PostgreSQL server under load.
/// </summary>
public static class Outage
{
    public static void CutDatabase(WbsFactory factory)
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        // PostgreSQL: a closed port on loopback; SQLite: a file in a folder that does not exist, opened read-write only.
        configuration["ConnectionStrings:Wbs"] = TestDatabase.IsPostgres
            ? "Host=127.0.0.1;Port=1;Database=wbs;Username=wbs;Password=wbs;Timeout=2"
            : $"Data Source={Path.Combine(factory.DataFolder, "missing", "wbs.db")};Mode=ReadWrite";
    }
}
