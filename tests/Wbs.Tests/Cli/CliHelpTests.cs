using Wbs.Tests.Operations;
using Wbs.Web.Cli;

namespace Wbs.Tests.Cli;

/// <summary>The command line's help: asked for in every usual way, it answers in both languages and starts nothing.</summary>
public sealed class CliHelpTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_command_in_both_languages_and_exits_zero_without_a_data_folder(string word)
    {
        var folder = Directory.CreateTempSubdirectory("wbs-help-").FullName;
        try
        {
            var data = Path.Combine(folder, "data");
            var (code, output, errors) = await PublishedBuild.RunAsync(folder, PublishedBuild.DatabaseEnvironment(data, null), null, word);

            Assert.True(code == 0, errors);
            Assert.Contains("Pemakaian / usage:", output, StringComparison.Ordinal);
            foreach (var command in CommandLine.Commands)
            {
                Assert.Contains("  " + command.Name, output, StringComparison.Ordinal);
                Assert.Contains(command.Attribute.Summary, output, StringComparison.Ordinal);
                Assert.Contains(command.Attribute.English, output, StringComparison.Ordinal);
            }

            Assert.Contains("evidence-clean check", output, StringComparison.Ordinal);
            Assert.Contains("dotnet run --no-build", output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(data), "asking for help created the data folder");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_command_says_what_it_does_in_English_too()
    {
        Assert.NotEmpty(CommandLine.Commands);
        Assert.All(CommandLine.Commands, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Attribute.Summary), c.Name);
            Assert.False(string.IsNullOrWhiteSpace(c.Attribute.English), c.Name);
            Assert.NotEqual(c.Attribute.Summary, c.Attribute.English);
        });
    }

    [Theory]
    [InlineData("help", "staff", "add")]
    [InlineData("staff", "add", "--help")]
    public void One_command_help_gives_its_options_and_whether_the_server_may_run(params string[] args)
    {
        using var output = new StringWriter();

        Assert.True(CliHelp.IsAsked(args));
        Assert.Equal(0, CliHelp.Write(output, args));

        var text = output.ToString();
        Assert.Contains("staff add --username NAMA --role PERAN[,PERAN] --password-stdin [--email ALAMAT]", text, StringComparison.Ordinal);
        Assert.Contains("Creates a staff account", text, StringComparison.Ordinal);
        Assert.Contains("May run while the server runs.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("keys rotate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_and_the_server_are_not_taken_for_help()
    {
        Assert.False(CliHelp.IsAsked([]));
        Assert.False(CliHelp.IsAsked(["--urls", "http://127.0.0.1:5000"]));
        Assert.False(CliHelp.IsAsked(["staff", "add", "--username", "admin"]));
        Assert.False(CliHelp.IsAsked(["--Wbs:DataFolder=/srv/wbs"]));
    }

    [Fact]
    public void Help_for_an_unknown_command_says_so_and_exits_two()
    {
        using var output = new StringWriter();

        Assert.Equal(2, CliHelp.Write(output, ["help", "frobnicate"]));
        Assert.Contains("Perintah tidak dikenal / unknown command: frobnicate", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  audit verify", output.ToString(), StringComparison.Ordinal);
    }
}
