using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Wbs.Web.Infrastructure;

namespace Wbs.Tests.Operations;

/// <summary>
/// The files of deploy/ as an operator copies them, the tools that check them (systemd-analyze, nginx, openssl: each
/// missing one fails the test with how to install it, never skips it) and the app's own limits they must match.
/// </summary>
public static partial class DeployFiles
{
    public static string Folder => Path.Combine(PublishedBuild.RepositoryRoot, "deploy");

    public static string Unit => Path.Combine(Folder, "wbs.service");

    public static string NginxFolder => Path.Combine(Folder, "nginx");

    public static string Site => Path.Combine(NginxFolder, "wbs.conf");

    public static string ProxySnippet => Path.Combine(NginxFolder, "wbs-proxy.conf");

    public static string LoggingSnippet => Path.Combine(NginxFolder, "wbs-logging.conf");

    public static string OnionService => Path.Combine(Folder, "tor-onion-service.conf");

    public static string SystemdAnalyze => Tool("systemd-analyze", null, "apt-get install systemd");

    public static string Nginx => Tool("nginx", "WBS_TEST_NGINX", "apt-get install nginx (scripts/test.sh installs it)");

    public static string OpenSsl => Tool("openssl", null, "apt-get install openssl");

    /// <summary>The app's settings as published (appsettings.json), bound the way the app binds them.</summary>
    public static T AppSettings<T>(string section)
        where T : new() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(PublishedBuild.RepositoryRoot, "src", "Wbs.Web", "appsettings.json"))
            .Build()
            .GetSection(section)
            .Get<T>() ?? new T();

    /// <summary>The largest request body the app accepts on its upload paths (UploadLimits).</summary>
    public static long AppUploadLimitBytes => AppSettings<EvidenceOptions>(EvidenceOptions.Section).MaxReportBytes + UploadLimits.FormOverheadBytes;

    /// <summary>The nginx files' text without comments, so a directive in a comment never counts.</summary>
    public static string NginxText(string file) => string.Join('\n', File.ReadAllLines(file).Select(l => l.Split('#')[0]));

    /// <summary>Every occurrence of a directive in the given nginx files, with its arguments as one string.</summary>
    public static IReadOnlyList<string> Directives(string name, params string[] files) =>
        files.SelectMany(f => Directive().Matches(NginxText(f)))
            .Where(m => m.Groups["name"].Value == name)
            .Select(m => Regex.Replace(m.Groups["args"].Value.Trim(), @"\s+", " "))
            .ToList();

    /// <summary>An nginx size ("101m", "512k", "1048576") in bytes.</summary>
    public static long NginxSize(string value)
    {
        var match = Size().Match(value);
        Assert.True(match.Success, "not an nginx size: " + value);
        var number = long.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "k" => number * 1024,
            "m" => number * 1024 * 1024,
            "g" => number * 1024 * 1024 * 1024,
            _ => number,
        };
    }

    /// <summary>An nginx time ("60s", "2m", "1d", "30") in seconds.</summary>
    public static int NginxSeconds(string value)
    {
        var match = Time().Match(value);
        Assert.True(match.Success, "not an nginx time: " + value);
        var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "m" => number * 60,
            "h" => number * 3600,
            "d" => number * 86400,
            "ms" => number / 1000,
            _ => number,
        };
    }

    /// <summary>
    /// Replaces each given text of <paramref name="text"/>; a text that is not there fails the test, so a changed
    /// deploy file can never be tested in a form that silently differs from what operators copy.
    /// </summary>
    public static string Rewrite(string text, params (string From, string To)[] replacements)
    {
        foreach (var (from, to) in replacements)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"the deploy file no longer contains \"{from}\"; update the test together with it");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A self-signed certificate and key for the site's name, made by openssl in <paramref name="folder"/>.</summary>
    public static async Task<(string Certificate, string Key)> SelfSignedCertificateAsync(string folder)
    {
        var certificate = Path.Combine(folder, "fullchain.pem");
        var key = Path.Combine(folder, "privkey.pem");
        var made = await RunAsync(OpenSsl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=wbs.example.go.id", "-addext", "subjectAltName=DNS:wbs.example.go.id");
        Assert.True(made.ExitCode == 0 && File.Exists(certificate) && File.Exists(key), "openssl could not make a certificate: " + made.Errors);
        return (certificate, key);
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static string Tool(string name, string? variable, string install)
    {
        if (variable is not null && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : throw new InvalidOperationException($"{variable} names {given}, which does not exist");
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Concat(["/usr/sbin", "/usr/bin", "/sbin", "/bin"]);
        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"The deploy files are checked with {name}, which is not installed: {install}.");
    }

    [GeneratedRegex(@"(?<=^|[;{}])\s*(?<name>[a-z_0-9]+)(?<args>(?:\s+(?:'[^']*'|""[^""]*""|[^;{}'""\s]+))*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?<number>\d+)(?<unit>[kKmMgG]?)$")]
    private static partial Regex Size();

    [GeneratedRegex(@"^(?<number>\d+)(?<unit>ms|s|m|h|d)?$")]
    private static partial Regex Time();
}
