using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Wbs.BrowserTests.Infrastructure;

/// <summary>
/// Two checkers over every page a session shows: axe-core in the page once it has loaded (what a person using a
/// screen reader or the keyboard meets), and the Nu Html Checker over the HTML exactly as the server sent it. Both
/// come from npm (<c>package.json</c> beside this project, installed by the test command); without them the checks
/// fail loudly rather than pass.
/// </summary>
public sealed class PageChecks(Uri app, bool javaScript)
{
    private static readonly Lazy<string> Tools = new(FindTools);
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(Tools.Value, "axe-core", "axe.min.js")));

    // The rules of WCAG 2.0–2.2 A and AA, and the best practices axe reports by default.
    private const string AxeRun = """
        async () => {
            if (!window.axe) { return null; }
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '));
        }
        """;

    private readonly ConcurrentQueue<Task> pending = new();
    private readonly ConcurrentQueue<(string Url, string Html)> documents = new();
    private readonly ConcurrentQueue<string> problems = new();
    private readonly HashSet<string> seenHtml = [];

    private static int axePages, axeViolations, axeUnchecked, nuDocuments, nuErrors;

    // Totals over the whole run, for the figures the test command prints.
    public static int AxePages => Volatile.Read(ref axePages);
    public static int AxeViolations => Volatile.Read(ref axeViolations);
    public static int AxeUnchecked => Volatile.Read(ref axeUnchecked);
    public static int NuDocuments => Volatile.Read(ref nuDocuments);
    public static int NuErrors => Volatile.Read(ref nuErrors);

    /// <summary>axe-core itself, to be added to every page of a context before the page's own scripts.</summary>
    public static string AxeScript => Axe.Value;

    public void Watch(IBrowserContext context) => context.Response += (_, response) =>
    {
        if (response.Request.ResourceType == "document" && IsApp(response.Url) && response.Status is < 300 or >= 400
            && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            pending.Enqueue(KeepAsync(response));
        }
    };

    public void Watch(IPage page) => page.Load += (_, loaded) =>
    {
        // Without script no script runs in the page, axe included (evaluating would wait for ever).
        if (!javaScript)
        {
            Interlocked.Increment(ref axeUnchecked);
        }
        else if (IsApp(loaded.Url))
        {
            pending.Enqueue(RunAxeAsync(loaded));
        }
    };

    /// <summary>Waits for the checks of every page so far and returns what they found (each problem once).</summary>
    public async Task<IReadOnlyList<string>> FinishAsync()
    {
        while (pending.TryDequeue(out var task))
        {
            await task.ConfigureAwait(false);
        }

        var batch = new List<(string Url, string Html)>();
        while (documents.TryDequeue(out var document))
        {
            batch.Add(document);
        }

        if (batch.Count > 0)
        {
            await RunNuAsync(batch).ConfigureAwait(false);
        }

        var found = new List<string>();
        while (problems.TryDequeue(out var problem))
        {
            found.Add(problem);
        }

        return found;
    }

    private async Task KeepAsync(IResponse response)
    {
        try
        {
            var html = await response.TextAsync().WaitAsync(TimeSpan.FromSeconds(20)).ConfigureAwait(false);
            lock (seenHtml)
            {
                if (!seenHtml.Add(html))
                {
                    return;
                }
            }

            documents.Enqueue((response.Url, html));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The page was left before its body was read (a download, a closed context): nothing to check.
        }
    }

    private async Task RunAxeAsync(IPage page)
    {
        string[]? violations;
        var url = page.Url;
        try
        {
            violations = await page.EvaluateAsync<string[]?>(AxeRun).WaitAsync(TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The test went on to the next page while axe was reading this one; that page gets its own check.
            Interlocked.Increment(ref axeUnchecked);
            return;
        }

        if (violations is null)
        {
            // Pages with script turned off run no script at all, axe included.
            Interlocked.Increment(ref axeUnchecked);
            return;
        }

        Interlocked.Increment(ref axePages);
        Interlocked.Add(ref axeViolations, violations.Length);
        foreach (var violation in violations)
        {
            problems.Enqueue($"axe on {url}: {violation}");
        }
    }

    private async Task RunNuAsync(List<(string Url, string Html)> batch)
    {
        var folder = Directory.CreateTempSubdirectory("wbs-nu-").FullName;
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < batch.Count; i++)
            {
                var file = Path.Combine(folder, $"page-{i:D4}.html");
                await File.WriteAllTextAsync(file, batch[i].Html).ConfigureAwait(false);
                names[new Uri(file).AbsoluteUri.Replace("file:///", "file:/", StringComparison.Ordinal)] = batch[i].Url;
            }

            var info = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in (string[])["-Xss8m", "-jar", Path.Combine(Tools.Value, "vnu-jar", "build", "dist", "vnu.jar"),
                "--errors-only", "--format", "json", "--exit-zero-always", .. names.Keys.Select(k => Path.Combine(folder, Path.GetFileName(k)))])
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("java did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var report = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3)).ConfigureAwait(false);
            _ = await output.ConfigureAwait(false);
            if (process.ExitCode != 0 || !report.TrimStart().StartsWith('{'))
            {
                throw new InvalidOperationException($"The Nu Html Checker failed (exit {process.ExitCode}): {report}");
            }

            Interlocked.Add(ref nuDocuments, batch.Count);
            using var json = JsonDocument.Parse(report);
            foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                var source = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                var page = names.GetValueOrDefault(source, source);
                var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                var extract = message.TryGetProperty("extract", out var e) ? e.GetString() : "";
                Interlocked.Increment(ref nuErrors);
                problems.Enqueue($"HTML on {page} line {line}: {message.GetProperty("message").GetString()} «{extract}»");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private bool IsApp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == app.Scheme && uri.Host == app.Host && uri.Port == app.Port;

    private static string FindTools()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var tools = Path.Combine(folder.FullName, "tests", "Wbs.BrowserTests", "node_modules");
            if (File.Exists(Path.Combine(folder.FullName, "tests", "Wbs.BrowserTests", "package.json")))
            {
                return Directory.Exists(Path.Combine(tools, "vnu-jar")) && Directory.Exists(Path.Combine(tools, "axe-core"))
                    ? tools
                    : throw new InvalidOperationException(
                        "axe-core and vnu-jar are missing: run 'npm ci --ignore-scripts' in tests/Wbs.BrowserTests (the test command does).");
            }
        }

        throw new InvalidOperationException("The repository's tests/Wbs.BrowserTests folder was not found above " + AppContext.BaseDirectory);
    }
}
