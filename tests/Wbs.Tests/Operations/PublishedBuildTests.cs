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

    [Fact]
    public async Task Node_ServesStaticFiles_FingerprintedForAYear_PrecompressedWithTheirTrueLength()
    {
        environment["Wbs__Keys__MasterKeys"] = PublishedBuild.NewMasterKeys();
        await using var node = new AppNode("published", environment);
        await node.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = node.Address };
        var home = await http.GetStringAsync("/");

        foreach (var (file, pattern) in new[] { ("css/site.css", @"href=""(/css/site\.[a-z0-9]+\.css)"""), ("js/site.js", @"src=""(/js/site\.[a-z0-9]+\.js)""") })
        {
            var fingerprinted = System.Text.RegularExpressions.Regex.Match(home, pattern);
            Assert.True(fingerprinted.Success, $"the home page links {file} without its fingerprint");
            var original = await File.ReadAllBytesAsync(Path.Combine(Path.GetDirectoryName(PublishedBuild.Program)!, "wwwroot", file));
            foreach (var encoding in new[] { "identity", "gzip", "br" })
            {
                foreach (var url in new[] { fingerprinted.Groups[1].Value, "/" + file })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.AcceptEncoding.ParseAdd(encoding);
                    using var response = await http.SendAsync(request);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    Assert.True(response.Content.Headers.ContentLength == body.Length, $"{url} {encoding}: Content-Length {response.Content.Headers.ContentLength}, body {body.Length}");
                    Assert.Equal(original, Decode(body, encoding));
                    if (encoding != "identity")
                    {
                        // A tiny script may grow by the format's few bytes; the stylesheet must shrink.
                        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
                        Assert.True(original.Length < 1024 || body.Length < original.Length / 2, $"{url} {encoding}: {body.Length} of {original.Length} bytes");
                    }

                    var cacheControl = response.Headers.CacheControl!;
                    if (url == fingerprinted.Groups[1].Value)
                    {
                        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
                        Assert.Contains(cacheControl.Extensions, e => e.Name == "immutable");
                    }
                    else
                    {
                        // The plain name may change with a release: asked again each time, answered 304 by its ETag.
                        Assert.True(cacheControl.NoCache, $"{url}: {cacheControl}");
                        Assert.NotNull(response.Headers.ETag);
                    }
                }
            }
        }
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
            "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
            _ => input,
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
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
