namespace Wbs.Web.Cli;

/// <summary>A command found by <see cref="CommandLine"/>: its words, what its attribute says and the class that runs it.</summary>
public sealed record CliCommandInfo(IReadOnlyList<string> Words, CliCommandAttribute Attribute, Type Type)
{
    public string Name => string.Join(' ', Words);
}
