using Microsoft.Playwright;

namespace Wbs.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots under artifacts/screenshots (ignored by git) for a person to look at.</summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        var width = page.ViewportSize?.Width ?? 0;
        var path = Path.Combine(Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string FindFolder()
    {
        // The repository root holds Wbs.slnx; fall back to the test output when run from elsewhere.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wbs.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
