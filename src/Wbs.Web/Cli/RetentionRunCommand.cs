using Wbs.Web.Features.Kasus.Retensi;

namespace Wbs.Web.Cli;

[CliCommand("retention run", "Menghapus isi kasus yang masa retensinya habis (--dry-run: hanya menyebut nomor dan jumlahnya, tanpa isi).",
    English = "Erases the content of cases whose retention has run out (--dry-run: only names their numbers and counts, never content).",
    Usage = "[--dry-run]")]
public sealed class RetentionRunCommand(RetentionJob job) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var dryRun = args.Contains("--dry-run", StringComparer.Ordinal);
        if (args.Any(a => a != "--dry-run"))
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: retention run [--dry-run]");
            return 2;
        }

        var run = await job.RunAsync(Guid.NewGuid(), dryRun, ct);
        if (run is null)
        {
            await Console.Error.WriteLineAsync("Node lain sedang menjalankan retensi / another node holds the retention lease; try again later.");
            return 1;
        }

        foreach (var c in run.Cases)
        {
            Console.WriteLine($"{c.Number}\tdisimpan sampai / kept until {c.RetainUntil:yyyy-MM-dd}\t{c.Messages} pesan / messages\t{c.Files} berkas / files");
        }

        Console.WriteLine(dryRun
            ? $"Akan dihapus / would erase: {run.Cases.Count} kasus / cases, {run.Messages} pesan / messages, {run.Files} berkas / files (tidak ada yang diubah / nothing changed)."
            : $"Dihapus / erased: {run.Cases.Count} kasus / cases, {run.Messages} pesan / messages, {run.Files} berkas / files; {run.NewlyFixed} kasus tertutup diberi jadwal / closed cases scheduled; ratchet at {run.RatchetDay:yyyy-MM-dd}.");
        return 0;
    }
}
