using Microsoft.Data.Sqlite;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Security;

/// <summary>A restore without its key file, or a SQLite copy taken while the app wrote, must not start as if nothing were wrong.</summary>
public class StartupChecksTests
{
    private static async Task<WbsFactory> WithAReportAsync(bool sqlite = false)
    {
        var factory = new WbsFactory();
        if (sqlite)
        {
            // The SQLite check needs a SQLite file on a PostgreSQL run too.
            factory.Settings["Wbs:DatabaseProvider"] = "Sqlite";
            factory.Settings["ConnectionStrings:Wbs"] = "";
        }

        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "pemulihan." + Guid.NewGuid().ToString("N")[..6]);
        await reporter.SubmitAsync(ApiReporter.ValidFields("STA"));
        return factory;
    }

    [Fact]
    public async Task Start_RestoredWithoutTheKeyFile_RefusesNamingTheFileAndSetting()
    {
        using var first = await WithAReportAsync();
        var keyFile = Path.Combine(first.DataFolder, "keys", "master-keys.json");
        Assert.True(File.Exists(keyFile));
        File.Delete(keyFile);

        using var restored = first.AnotherNode();
        var refusal = Record.Exception(() => restored.CreateClient());

        Assert.NotNull(refusal);
        Assert.Contains(keyFile, refusal.ToString(), StringComparison.Ordinal);
        Assert.Contains("Wbs:Keys:KeyFile", refusal.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(keyFile), "no new key file is made for a database whose keys it cannot open");
    }

    [Fact]
    public async Task Start_WithOtherConfiguredKeys_RefusesNamingTheMissingKey()
    {
        using var first = await WithAReportAsync();
        string missing;
        await using (var scope = first.CreateScope())
        {
            missing = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Wbs.Web.Security.MasterKeyRing>(scope.ServiceProvider).Newest.Id;
        }

        using var other = first.AnotherNode();
        other.Settings["Wbs:Keys:MasterKeys"] = "lain:" + Convert.ToBase64String(new byte[32]);
        var refusal = Record.Exception(() => other.CreateClient());

        Assert.NotNull(refusal);
        Assert.Contains($"master key {missing} is missing", refusal.ToString(), StringComparison.Ordinal);
        Assert.Contains("Wbs:Keys:MasterKeys", refusal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnACorruptedSqliteCopy_RefusesAndSaysQuickCheckFailed()
    {
        using var first = await WithAReportAsync(sqlite: true);
        var copy = Path.Combine(Path.GetTempPath(), "wbs-tests", "rusak-" + Guid.NewGuid().ToString("N") + ".db");
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(first.DataFolder, "wbs.db")}"))
        {
            connection.Open();
            using var vacuum = connection.CreateCommand();
            vacuum.CommandText = $"VACUUM INTO '{copy}'";
            vacuum.ExecuteNonQuery();
        }

        try
        {
            // Garbage over the middle pages, as a copy torn by a concurrent write leaves them.
            var bytes = await File.ReadAllBytesAsync(copy);
            for (var page = 3; page < bytes.Length / 4096 - 1; page += 2)
            {
                Array.Fill(bytes, (byte)0xA5, page * 4096, 64);
            }

            await File.WriteAllBytesAsync(copy, bytes);
            using var damaged = new WbsFactory();
            damaged.Settings["Wbs:DatabaseProvider"] = "Sqlite";
            damaged.Settings["ConnectionStrings:Wbs"] = $"Data Source={copy};Pooling=False";
            var refusal = Record.Exception(() => damaged.CreateClient());

            Assert.NotNull(refusal);
            Assert.Contains("quick_check", refusal.ToString(), StringComparison.Ordinal);
            Assert.Contains(".backup", refusal.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }
}
