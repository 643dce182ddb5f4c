using Microsoft.Playwright;
using Wbs.BrowserTests.Infrastructure;
using Wbs.Web.Cli;
using static Microsoft.Playwright.Assertions;

namespace Wbs.BrowserTests;

/// <summary>
/// The public statistics with three years of demo data, without JavaScript, on a desktop and a 390-pixel phone:
/// one chart variant shows per screen, its text stays legible, nothing scrolls sideways; screenshots for a person.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StatisticsLookTests(BrowserFixture browser)
{
    private const double SmallestLegibleFontPx = 11;

    [Fact]
    public async Task Statistics_OnDesktopAndPhone_ShowLegibleChartsWithoutScript()
    {
        await using var app = new BrowserApp();
        var address = app.Start();
        Assert.Equal(0, await CommandLine.RunAsync(app.Services, ["demo-data"]));
        var problems = new List<string>();

        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = address.ToString(),
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                DeviceScaleFactor = 1,
                IsMobile = width < 600,
                JavaScriptEnabled = false,
                Locale = "id-ID",
            });
            var guard = new PageGuard(address);
            guard.Watch(context);
            var page = await context.NewPageAsync();
            guard.Watch(page);

            foreach (var (path, name) in new[] { ("/statistik", "statistik"), ("/#statistik", "beranda-statistik") })
            {
                await page.GotoAsync(path);
                await Expect(page.Locator("#stat-total-semua .stat-value")).Not.ToHaveTextAsync("0");
                var visibleCharts = await page.EvaluateAsync<int>(
                    "() => [...document.querySelectorAll('svg.chart-svg')].filter(s => s.getBoundingClientRect().width > 0).length");
                // The CSS pixel size of the smallest chart text as drawn: font size times the SVG's scale.
                var smallestFont = await page.EvaluateAsync<double>("""
                    () => Math.min(...[...document.querySelectorAll('svg.chart-svg')]
                        .filter(s => s.getBoundingClientRect().width > 0)
                        .flatMap(s => [...s.querySelectorAll('text')].map(t =>
                            parseFloat(getComputedStyle(t).fontSize) * s.getBoundingClientRect().width / s.viewBox.baseVal.width)))
                    """);
                var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

                // Per month, per type, per unit, per channel.
                if (visibleCharts != 4)
                {
                    problems.Add($"{name} at {width}px shows {visibleCharts} charts instead of 4");
                }

                if (smallestFont < SmallestLegibleFontPx)
                {
                    problems.Add($"{name} at {width}px draws chart text at {smallestFont:F1}px");
                }

                if (sideways > 0)
                {
                    problems.Add($"{name} at {width}px is {sideways}px wider than the screen");
                }

                await Screenshots.TakeAsync(page, name);
            }

            guard.AssertClean();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
