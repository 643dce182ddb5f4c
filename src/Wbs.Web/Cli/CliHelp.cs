namespace Wbs.Web.Cli;

/// <summary>
/// The command line's help, in Indonesian and English like every message of the command line. It is written before
/// the host is built, so asking for help touches no settings, data folder, database or key.
/// </summary>
public static class CliHelp
{
    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?", "bantuan"];

    /// <summary>"help", "help staff add", "--help", "staff add --help".</summary>
    public static bool IsAsked(string[] args)
    {
        var words = Words(args);
        if (words.Count == 0)
        {
            return false;
        }

        if (IsHelpWord(words[0]))
        {
            return true;
        }

        return CommandLine.Find(words) is { } command && words.Skip(command.Words.Count).Any(IsHelpWord);
    }

    /// <summary>Writes the overview, or one command's help when the words name one; 0, or 2 for an unknown command.</summary>
    public static int Write(TextWriter output, string[] args)
    {
        ArgumentNullException.ThrowIfNull(output);
        var words = Words(args).Where(w => !IsHelpWord(w)).ToList();
        if (words.Count == 0)
        {
            WriteOverview(output);
            return 0;
        }

        if (CommandLine.Find(words) is not { } command)
        {
            output.WriteLine($"Perintah tidak dikenal / unknown command: {string.Join(' ', words)}");
            output.WriteLine();
            WriteOverview(output);
            return 2;
        }

        WriteCommand(output, command);
        output.WriteLine();
        output.WriteLine(command.Attribute.StopServerFirst
            ? "Hentikan server yang memakai folder data atau basis data yang sama dulu. / Stop the server using the same data folder or database first."
            : "Boleh dijalankan selagi server berjalan. / May run while the server runs.");
        WriteSettings(output);
        return 0;
    }

    public static void WriteOverview(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("WBS — sistem pelaporan pelanggaran / whistleblowing and complaint system");
        output.WriteLine();
        output.WriteLine("Pemakaian / usage:");
        output.WriteLine("  Wbs.Web                                   menjalankan server web / runs the web server");
        output.WriteLine("  Wbs.Web PERINTAH [opsi] [--Kunci=nilai]   menjalankan satu perintah lalu keluar / runs one command, then exits");
        output.WriteLine("  Wbs.Web help [PERINTAH]                   bantuan ini atau satu perintah / this help or one command's");
        output.WriteLine();
        output.WriteLine("  Dari hasil publish (tanpa SDK, tanpa build) / from a published build (no SDK, no build):");
        output.WriteLine("      dotnet publish src/Wbs.Web -c Release -o /opt/wbs        sekali / once");
        output.WriteLine("      dotnet /opt/wbs/Wbs.Web.dll PERINTAH");
        output.WriteLine("  Dari kode sumber (membangun ulang tiap kali) / from the source (builds every time):");
        output.WriteLine("      dotnet run --project src/Wbs.Web -- PERINTAH");
        output.WriteLine("      dotnet build src/Wbs.Web, lalu / then: dotnet run --no-build --project src/Wbs.Web -- PERINTAH");
        output.WriteLine();
        output.WriteLine("Perintah / commands:");
        foreach (var command in CommandLine.Commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            WriteCommand(output, command);
        }

        // Run before the host is built (CleaningWorkerProgram), so it is not one of the commands above.
        output.WriteLine("  evidence-clean check");
        output.WriteLine("      Menjalankan pembersih bukti seperti server dan membersihkan satu PDF bawaan; kode bukan nol bila unggahan tidak dapat dibersihkan di instalasi ini.");
        output.WriteLine("      Starts an evidence cleaner the way the server does and cleans a built-in PDF; non-zero when uploads could not be cleaned on this installation.");
        output.WriteLine();
        output.WriteLine("Semua perintah boleh dijalankan selagi server berjalan, kecuali yang bertanda [hentikan server dulu].");
        output.WriteLine("Every command may run while the server runs, except those marked [stop the server first].");
        WriteSettings(output);
    }

    private static void WriteCommand(TextWriter output, CliCommandInfo command)
    {
        var attribute = command.Attribute;
        var line = string.IsNullOrEmpty(attribute.Usage) ? command.Name : $"{command.Name} {attribute.Usage}";
        output.WriteLine(attribute.StopServerFirst ? $"  {line}   [hentikan server dulu / stop the server first]" : $"  {line}");
        output.WriteLine($"      {attribute.Summary}");
        if (!string.IsNullOrEmpty(attribute.English))
        {
            output.WriteLine($"      {attribute.English}");
        }
    }

    private static void WriteSettings(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Pengaturan, seperti di appsettings.json / settings, as in appsettings.json:");
        output.WriteLine("  --Wbs:DataFolder=FOLDER   --Wbs:DatabaseProvider=Postgres   --ConnectionStrings:Wbs=\"Host=...;Database=...\"");
    }

    private static List<string> Words(string[] args) => args.Where(a => !CommandLine.IsSetting(a)).ToList();

    private static bool IsHelpWord(string word) => HelpWords.Contains(word, StringComparer.OrdinalIgnoreCase);
}
