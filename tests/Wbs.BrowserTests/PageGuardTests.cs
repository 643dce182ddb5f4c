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
}
