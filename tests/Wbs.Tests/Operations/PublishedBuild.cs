using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Operations;

/// <summary>
/// The app as an operator installs it: <c>dotnet publish</c> output in a folder of its own, run by its apphost with no
/// SDK step and no build. Published once per test run from the build the tests already made (Debug, --no-build), so
/// it takes seconds; the publish pipeline, the file set and the start-up are those of a release.
/// </summary>
public static class PublishedBuild
{
    private static readonly Lazy<string> Folder = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The published program (the apphost, runnable without the dotnet command).</summary>
    public static string Program => Path.Combine(Folder.Value, OperatingSystem.IsWindows() ? "Wbs.Web.exe" : "Wbs.Web");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A 32-byte master key in the "id:base64" form of Wbs:Keys:MasterKeys, the same for every node of a test.</summary>
    public static string NewMasterKeys() => "mk-test:" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Settings for a published process on the test database: SQLite in its data folder, or the given PostgreSQL database.</summary>
    public static Dictionary<string, string> DatabaseEnvironment(string dataFolder, string? postgres) => new()
    {
        ["Wbs__DataFolder"] = dataFolder,
        ["Wbs__DatabaseProvider"] = postgres is null ? "Sqlite" : "Postgres",
        ["ConnectionStrings__Wbs"] = postgres ?? "",
    };

    /// <summary>Runs the published program to its end in <paramref name="workingFolder"/>, with standard input given.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string workingFolder, IReadOnlyDictionary<string, string> environment, string? input, params string[] args)
    {
        using var process = Start(workingFolder, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(Program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Nothing of the test host's own settings leaks in; Production, as on a server.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("The published program did not start.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Publish()
    {
        var output = Path.Combine(Path.GetTempPath(), "wbs-tests", "published-" + Guid.NewGuid().ToString("N")[..8]);
        var project = Path.Combine(RepositoryRoot, "src", "Wbs.Web", "Wbs.Web.csproj");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", Configuration, "--no-build", "--nologo", "-o", output })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var log = new StringBuilder();
        log.Append(process.StandardOutput.ReadToEnd()).Append(process.StandardError.ReadToEnd());
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(output, "Wbs.Web.dll")))
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{log}");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // A node still running at exit keeps a file open; the temporary folder is cleaned later.
            }
        };
        return output;
    }

    // The tests run from tests/Wbs.Tests/bin/<Configuration>/net10.0; the app was built in the same configuration.
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Wbs.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Wbs.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One app node: the published program serving on a loopback port, a real process that can be killed and started again.</summary>
public sealed class AppNode(string name, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private readonly string workingFolder = Directory.CreateTempSubdirectory("wbs-node-").FullName;
    private readonly StringBuilder log = new();
    private Process? process;

    public string Name { get; } = name;

    public int Port { get; } = PublishedBuild.FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>How long the last start took until /health answered 200.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>What the node printed, for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public async Task StartAsync()
    {
        var watch = Stopwatch.StartNew();
        process = PublishedBuild.Start(workingFolder, environment, "--urls", Address.ToString().TrimEnd('/'));
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri(Address, "/health"));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    StartupTime = watch.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy migrating.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Node {Name} did not become healthy:\n{Log}");
    }

    /// <summary>Ends the process at once, as a crash or a power cut would, with requests in flight.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        try
        {
            Directory.Delete(workingFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temporary folder's cleaning.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}
