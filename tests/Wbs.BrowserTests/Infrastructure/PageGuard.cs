using Microsoft.Playwright;

namespace Wbs.BrowserTests.Infrastructure;

/// <summary>
/// Collects what a page must never do: break its Content-Security-Policy, log an error or throw, or ask any host
/// but the app for anything (no CDN, font or analytics may ever leak a reporter's visit); and, through
/// <see cref="PageChecks"/>, any axe-core violation or HTML error on a page it watched.
/// </summary>
public sealed class PageGuard(Uri app, bool javaScript = true)
{
    private readonly PageChecks checks = new(app, javaScript);
    private readonly List<string> problems = [];
    private readonly Lock gate = new();

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. problems];
            }
        }
    }

    public void Watch(IBrowserContext context)
    {
        checks.Watch(context);
        context.Request += (_, request) => Check(request);
    }

    private void Check(IRequest request)
    {
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri))
        {
            Add("Unreadable request address: " + request.Url);
        }
        else if (uri.Scheme is not ("data" or "blob") && !IsApp(uri))
        {
            Add("Request to another host: " + request.Url);
        }
    }

    public void Watch(IPage page)
    {
        checks.Watch(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                Add($"CSP violation: {message.Text} ({message.Location}, on {page.Url})");
            }
            else if (message.Type is "error" or "warning")
            {
                Add($"Console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add("Script error: " + error);
    }

    /// <summary>Has axe and the HTML checker finish with every page so far; returns every problem seen.</summary>
    public IReadOnlyList<string> CheckPages()
    {
        // On the thread pool, so waiting here cannot block the test framework's own continuations.
        foreach (var problem in Task.Run(checks.FinishAsync).GetAwaiter().GetResult())
        {
            Add(problem);
        }

        return Problems;
    }

    /// <summary>Fails the test with every problem seen so far, after axe and the HTML checker have looked at each page.</summary>
    public void AssertClean()
    {
        var seen = CheckPages();
        Assert.True(seen.Count == 0, "The browser reported problems:\n" + string.Join("\n", seen));
    }

    private bool IsApp(Uri uri) =>
        uri.Scheme == app.Scheme && uri.Host == app.Host && uri.Port == app.Port;

    private void Add(string problem)
    {
        lock (gate)
        {
            problems.Add(problem);
        }
    }
}
