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
        IsCommand(args) && Find(args.Where(a => !IsSetting(a)).ToArray()).Type?.GetCustomAttribute<CliCommandAttribute>()?.BeforeDatabase == true;

    private static (string[] Words, string Summary, Type Type) Find(string[] args) =>
        Commands.FirstOrDefault(c => c.Words.Length <= args.Length
            && c.Words.Select((w, i) => string.Equals(w, args[i], StringComparison.OrdinalIgnoreCase)).All(same => same));

    private static readonly IReadOnlyList<(string[] Words, string Summary, Type Type)> Commands =
        typeof(CommandLine).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (Attribute: t.GetCustomAttribute<CliCommandAttribute>(), Type: t))
            .Where(c => c.Attribute is not null)
            .Select(c => (c.Attribute!.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries), c.Attribute.Summary, c.Type))
            .OrderByDescending(c => c.Item1.Length)
            .ToList();

    /// <summary>Arguments starting with a word (not an option such as --urls) ask for a command instead of the web server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>What the web host's configuration sees: only --key=value settings when a command is given, so command options stay the command's.</summary>
    public static string[] HostArgs(string[] args) =>
        IsCommand(args) ? args.Where(IsSetting).ToArray() : args;

    // "--Wbs:DataFolder=/var/lib/wbs" is a setting for the host, never an option of the command.
    private static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct = default)
    {
        args = args.Where(a => !IsSetting(a)).ToArray();
        var match = Find(args);
        if (match.Type is null)
        {
            await Console.Error.WriteLineAsync($"Perintah tidak dikenal: {string.Join(' ', args)}");
            await Console.Error.WriteLineAsync("Perintah yang tersedia:");
            foreach (var (words, summary, _) in Commands.OrderBy(c => string.Join(' ', c.Words), StringComparer.Ordinal))
            {
                await Console.Error.WriteLineAsync($"  {string.Join(' ', words),-16} {summary}");
            }

            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var command = (ICliCommand)ActivatorUtilities.CreateInstance(scope.ServiceProvider, match.Type);
        return await command.RunAsync(args.Skip(match.Words.Length).ToList(), ct);
    }
}
