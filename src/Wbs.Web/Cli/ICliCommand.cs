namespace Wbs.Web.Cli;

/// <summary>A command of the program's command line, run as <c>dotnet run --project src/Wbs.Web -- NAME [options]</c>.</summary>
public interface ICliCommand
{
    /// <param name="args">The words after the command's name.</param>
    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct);
}
