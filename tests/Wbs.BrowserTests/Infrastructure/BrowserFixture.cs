using Microsoft.Playwright;
using Wbs.Tests.Notifications;

namespace Wbs.BrowserTests.Infrastructure;

/// <summary>
/// One app, one Debian Chromium and one local SMTP server for the whole run; every test gets fresh browser contexts.
/// The app mails through that server, sends within a fraction of a second and queues the deadline digest at any hour.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package; Playwright's own browser downloads are never used.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private BrowserApp app = null!;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The SMTP server the app mails to; tests read what was delivered.</summary>
    public SmtpSink Mail { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The app's services, for what an administrator does outside the pages (creating a staff account).</summary>
    public IServiceProvider Services => app.Services;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("WBS_CHROMIUM") is { Length: > 0 } custom ? custom : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. The browser tests drive Debian's Chromium: install it with "
                + "'apt-get install chromium' (or point WBS_CHROMIUM at a Chromium binary). They never download a browser.");
        }

        Mail = await SmtpSink.StartAsync();
        app = new BrowserApp([
            .. Mail.Settings(),
            new("Wbs:Notifications:PollSeconds", "0.2"),
            new("Wbs:Notifications:DigestHour", "0"),
            new("Wbs:Notifications:DigestWorkingDays", "30"),
            new("Wbs:Notifications:DigestCheckSeconds", "0.5"),
        ]);
        BaseAddress = app.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh, cookie-less browser window of the given width, watched by a <see cref="PageGuard"/>.</summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, bool javaScript = true)
    {
        var phone = width < 600;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = phone ? 844 : 900 },
            DeviceScaleFactor = 1,
            IsMobile = phone,
            HasTouch = phone,
            JavaScriptEnabled = javaScript,
            Locale = "id-ID",
            TimezoneId = "Asia/Makassar",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(PageChecks.AxeScript);
        var guard = new PageGuard(BaseAddress, javaScript);
        guard.Watch(context);
        var page = await context.NewPageAsync();
        guard.Watch(page);
        return new BrowserSession(context, page, guard);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Mail?.Dispose();

        // The figures of the run's page checks, for the test command to print.
        if (Environment.GetEnvironmentVariable("WBS_PAGE_CHECKS_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllTextAsync(report,
                $"axe-core: {PageChecks.AxePages} page loads checked, {PageChecks.AxeViolations} violations "
                + $"({PageChecks.AxeUnchecked} loads left before axe finished or without script); "
                + $"Nu Html Checker: {PageChecks.NuDocuments} distinct documents, {PageChecks.NuErrors} errors\n");
        }
    }
}

/// <summary>All browser tests share one app and one browser, and run one after another on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A browser context with its first page; closing it checks that nothing broke the page's rules.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, PageGuard guard) : IAsyncDisposable
{
    public IBrowserContext Context => context;
    public IPage Page => page;
    public PageGuard Guard => guard;

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
