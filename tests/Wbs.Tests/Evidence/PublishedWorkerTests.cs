using System.Diagnostics;

namespace Wbs.Tests.Evidence;

/// <summary>
/// The app published once per test run (<c>dotnet publish --no-build</c> of the build under test, into a scratch
/// folder), so the worker is started the way an installation starts it, not from a test host.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Repository = FindRepository();
        Folder = Directory.CreateTempSubdirectory("wbs-published-").FullName;
        var (code, output) = Run("dotnet", ["publish", Project, "-c", Configuration, "--no-build", "-o", Folder, "-v", "q", "-nologo"], Repository);
        if (code != 0 || !File.Exists(Path.Combine(Folder, "Wbs.Web.dll")))
        {
            throw new InvalidOperationException($"dotnet publish failed ({code}):\n{output}");
        }
    }

#if DEBUG
    public static string Configuration => "Debug";
#else
    public static string Configuration => "Release";
#endif

    public string Repository { get; }

    public string Folder { get; }

    public string Project => Path.Combine(Repository, "src", "Wbs.Web", "Wbs.Web.csproj");

    /// <summary>Runs a command as an operator would: without the variables the SDK sets for the test host.</summary>
    public static (int Code, string Output) Run(string file, IEnumerable<string> args, string directory)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in (string[])["DOTNET_HOST_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG"])
        {
            info.Environment.Remove(name);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not finish in 90 s.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "Wbs.Web", "Wbs.Web.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository (src/Wbs.Web/Wbs.Web.csproj) was not found above the test output.");
    }
}

/// <summary><c>evidence-clean check</c> cleans a PDF through a real worker, however the app was started.</summary>
public class PublishedWorkerTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    private const string Cleaned = "PDF uji dibersihkan oleh pemeriksa berkas: PDF Info (Author).";

    [Fact]
    public void PublishedApphost_CleansThroughItsWorker()
    {
        var apphost = Path.Combine(app.Folder, OperatingSystem.IsWindows() ? "Wbs.Web.exe" : "Wbs.Web");

        var (code, output) = PublishedApp.Run(apphost, ["evidence-clean", "check"], app.Folder);

        Assert.True(code == 0, output);
        Assert.Contains(Cleaned, output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(app.Folder, "Wbs.Web.dll"), output, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedDllUnderDotnet_CleansThroughItsWorker()
    {
        var (code, output) = PublishedApp.Run("dotnet", [Path.Combine(app.Folder, "Wbs.Web.dll"), "evidence-clean", "check"], Path.GetTempPath());

        Assert.True(code == 0, output);
        Assert.Contains(Cleaned, output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(app.Folder, "Wbs.Web.dll"), output, StringComparison.Ordinal);
    }

    [Fact]
    public void DotnetRun_CleansThroughItsWorker()
    {
        var (code, output) = PublishedApp.Run("dotnet", ["run", "--no-build", "-c", PublishedApp.Configuration, "--project", app.Project, "--", "evidence-clean", "check"], app.Repository);

        Assert.True(code == 0, output);
        Assert.Contains(Cleaned, output, StringComparison.Ordinal);
    }
}
