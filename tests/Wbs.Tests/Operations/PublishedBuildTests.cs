using System.Net;
using Wbs.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Wbs.Tests.Operations;

/// <summary>The published build runs its commands and serves, started from any folder, without the SDK or a rebuild.</summary>
public sealed class PublishedBuildTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string dataFolder = Directory.CreateTempSubdirectory("wbs-published-data-").FullName;
    private readonly string elsewhere = Directory.CreateTempSubdirectory("wbs-published-cwd-").FullName;
    private readonly string? postgresDatabase;
    private readonly Dictionary<string, string> environment;

    public PublishedBuildTests(ITestOutputHelper output)
    {
        this.output = output;
        string? postgres = null;
        if (TestDatabase.IsPostgres)
        {
            postgres = TestDatabase.NewPostgresDatabase(out var name);
            postgresDatabase = name;
        }

        environment = PublishedBuild.DatabaseEnvironment(dataFolder, postgres);
    }

    [Fact]
    public async Task Commands_RunFromAnotherFolder_WithSettingsOnTheCommandLine()
    {
        // The data folder comes as a host setting among the command's own options, as an operator would type it.
        var settings = new Dictionary<string, string>(environment);
        settings.Remove("Wbs__DataFolder");
        var dataSetting = "--Wbs:DataFolder=" + dataFolder;

        var added = await PublishedBuild.RunAsync(elsewhere, settings, "kuda laut bontang menari di pantai",
            "staff", "add", "--username", "inspektur", dataSetting, "--role", "Admin", "--password-stdin");
        Assert.True(added.ExitCode == 0, added.Output + added.Errors);
        Assert.Contains("otpauth://", added.Output);

        var rotated = await PublishedBuild.RunAsync(elsewhere, settings, null, "keys", "rotate", dataSetting);
        Assert.True(rotated.ExitCode == 0, rotated.Output + rotated.Errors);

        var verified = await PublishedBuild.RunAsync(elsewhere, settings, null, "audit", "verify", dataSetting);
        Assert.True(verified.ExitCode == 0, verified.Output + verified.Errors);
        Assert.DoesNotContain(" 0 entri", verified.Output);

        var unknown = await PublishedBuild.RunAsync(elsewhere, settings, null, "tidak-ada", dataSetting);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("staff add", unknown.Errors);

        // Nothing was created in the folder the commands ran from: no stray database or key file on defaults.
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task Node_StartsServesAndCleansEvidenceInItsWorker()
    {
        environment["Wbs__Keys__MasterKeys"] = PublishedBuild.NewMasterKeys();
        await using var node = new AppNode("published", environment);

        await node.StartAsync();
        output.WriteLine($"start-up of a published node until /health answers: {node.StartupTime.TotalSeconds:0.0} s");

        using var api = new ApiClient(new HttpClient { BaseAddress = node.Address });
        await api.SignUpAsync();
        using var created = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync() + node.Log);
        var number = (await ApiClient.JsonAsync(created)).GetProperty("registrationNumber").GetString();
        var stored = await api.GetJsonAsync($"/api/v1/reports/{number}");
        Assert.Equal(1, stored.GetProperty("attachments").GetArrayLength());
    }

    public void Dispose()
    {
        if (postgresDatabase is not null)
        {
            TestDatabase.DropPostgresDatabase(postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
        Directory.Delete(elsewhere, recursive: true);
    }
}
