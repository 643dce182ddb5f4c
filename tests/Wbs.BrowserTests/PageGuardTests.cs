using Wbs.BrowserTests.Infrastructure;

namespace Wbs.BrowserTests;

/// <summary>The guard that every journey relies on must itself be able to see what it guards against.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PageGuardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Guard_SeesInlineStyleBlockedByCsp()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        Assert.Empty(session.Guard.Problems);

        await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')"),
            new() { Predicate = message => message.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        Assert.Contains(session.Guard.Problems, p => p.StartsWith("CSP violation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guard_SeesRequestToAnotherHost()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/");

        // Nothing listens there; only the attempt matters.
        await Assert.ThrowsAsync<Microsoft.Playwright.PlaywrightException>(() => page.GotoAsync("http://127.0.0.2:9/"));

        Assert.Contains(session.Guard.Problems, p => p.StartsWith("Request to another host: http://127.0.0.2:9/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guard_SeesInvalidHtmlAndAnAccessibilityViolation()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await page.RouteAsync("**/cek-halaman", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = "<!DOCTYPE html><html lang=\"id\"><head><title>Cek</title></head><body><main><h1>Cek</h1>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" width=\"10\" height=\"10\">"
                + "<p><time datetime=\"2026-12-03T10:00:00.1234567Z\">3 Des</time></p></main></body></html>",
        }));
        await page.GotoAsync("/cek-halaman");

        var problems = session.Guard.CheckPages();

        Assert.Contains(problems, p => p.StartsWith("axe on ", StringComparison.Ordinal) && p.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("HTML on ", StringComparison.Ordinal) && p.Contains("fraction of a second", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("HTML on ", StringComparison.Ordinal) && p.Contains("alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guard_FindsNothingOnTheHomePage()
    {
        await using var session = await browser.NewSessionAsync(390);
        await session.Page.GotoAsync("/");

        var problems = session.Guard.CheckPages();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(PageChecks.AxePages > 0 && PageChecks.NuDocuments > 0, "the checks looked at no page");
    }
}
