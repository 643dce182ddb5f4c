using System.Reflection;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Where the settings file and the static files are looked for. The default is the working folder, which is right for
/// <c>dotnet run</c> and for a service started in the published folder; a published build started from anywhere else
/// (<c>cd / &amp;&amp; dotnet /opt/wbs/Wbs.Web.dll keys rotate</c>) uses its own folder instead, so it never runs on
/// defaults without its appsettings.json.
/// </summary>
public static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <returns>The program's folder, or null to keep the default.</returns>
    public static string? ForPublishedBuild()
    {
        var own = AppContext.BaseDirectory;
        var isThisProgram = Assembly.GetEntryAssembly() == typeof(ContentRoot).Assembly;
        return isThisProgram && !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile)) && File.Exists(Path.Combine(own, SettingsFile))
            ? own
            : null;
    }
}
