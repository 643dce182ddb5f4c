using System.Reflection;

namespace Wbs.Web.Cli;

/// <summary>
/// Finds the command named by the first words of the arguments among the classes marked with
/// <see cref="CliCommandAttribute"/>, so adding a command is adding one class. Commands run after the database
/// is prepared, with the app's services in a scope of their own, and the web server never starts.
/// </summary>
public static class CommandLine
{
    /// <summary>Whether the command named runs before the database is prepared (<see cref="CliCommandAttribute.BeforeDatabase"/>).</summary>
    public static bool RunsBeforeDatabase(string[] args) =>
        IsCommand(args) && Find(args.Where(a => !IsSetting(a)).ToArray())?.Attribute.BeforeDatabase == true;

    /// <summary>Every command, longest name first so "keys rotate-signing" is not taken for "keys rotate".</summary>
    public static readonly IReadOnlyList<CliCommandInfo> Commands =
        typeof(CommandLine).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (Attribute: t.GetCustomAttribute<CliCommandAttribute>(), Type: t))
            .Where(c => c.Attribute is not null)
            .Select(c => new CliCommandInfo(c.Attribute!.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.Attribute, c.Type))
            .OrderByDescending(c => c.Words.Count)
            .ToList();

    /// <summary>Arguments starting with a word (not an option such as --urls) ask for a command instead of the web server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>The command the words name, or null.</summary>
    public static CliCommandInfo? Find(IReadOnlyList<string> words) =>
        Commands.FirstOrDefault(c => c.Words.Count <= words.Count
            && c.Words.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(same => same));

    /// <summary>What the web host's configuration sees: only --key=value settings when a command is given, so command options stay the command's.</summary>
    public static string[] HostArgs(string[] args) =>
        IsCommand(args) ? args.Where(IsSetting).ToArray() : args;

    // "--Wbs:DataFolder=/var/lib/wbs" is a setting for the host, never an option of the command.
    public static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct = default)
    {
        args = args.Where(a => !IsSetting(a)).ToArray();
        if (Find(args) is not { } match)
        {
            await Console.Error.WriteLineAsync($"Perintah tidak dikenal / unknown command: {string.Join(' ', args)}");
            await Console.Error.WriteLineAsync();
            CliHelp.WriteOverview(Console.Error);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var command = (ICliCommand)ActivatorUtilities.CreateInstance(scope.ServiceProvider, match.Type);
        return await command.RunAsync(args.Skip(match.Words.Count).ToList(), ct);
    }
}
