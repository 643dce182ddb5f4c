using Wbs.Web.Security;

namespace Wbs.Web.Cli;

[CliCommand("audit checkpoint", "Mencetak kepala rantai audit bertanda tangan untuk disimpan auditor; dengan teks titik periksa, memeriksanya.",
    English = "Prints the signed head of the audit chain for an auditor to keep; given a checkpoint's text, checks it.",
    Usage = "[URUTAN HASH WAKTU MAC]")]
public sealed class AuditCheckpointCommand(AuditLog audit) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args.Count == 0)
        {
            Console.WriteLine((await audit.CheckpointAsync(ct)).ToString());
            return 0;
        }

        if (AuditCheckpoint.Parse(string.Join(' ', args)) is not { } checkpoint)
        {
            await Console.Error.WriteLineAsync("Titik periksa tidak dikenali / unrecognised checkpoint: expected \"SEQUENCE HASH TIME MAC\".");
            return 2;
        }

        if (await audit.CheckAgainstAsync(checkpoint, ct) is { } problem)
        {
            await Console.Error.WriteLineAsync($"Titik periksa TIDAK cocok / checkpoint does NOT match: {problem}");
            return 1;
        }

        Console.WriteLine($"Titik periksa cocok / checkpoint matches: entri {checkpoint.Sequence}.");
        return 0;
    }
}
