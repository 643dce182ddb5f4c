using Wbs.Web.Data.Backup;

namespace Wbs.Web.Cli;

[CliCommand("backup create", "Membuat cadangan yang konsisten saat aplikasi berjalan (tanpa kunci induk, ratchet, atau kunci tanda tangan).",
    English = "Writes a consistent backup while the app serves (without the master keys, the ratchet or the signing keys).",
    Usage = "--to FILE")]
public sealed class BackupCreateCommand(BackupCreator creator) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args is not ["--to", var file])
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: backup create --to FILE");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var manifest = await creator.CreateAsync(file, ct);
        Console.WriteLine($"Cadangan dibuat / backup written: {Path.GetFullPath(file)} ({manifest.DatabaseBytes:N0} bytes, {started.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"  {BackupCreator.Rows(manifest, "Reports")} pengaduan, {BackupCreator.Rows(manifest, "GratificationReports")} gratifikasi, " +
            $"{BackupCreator.Rows(manifest, "Attachments")} berkas, {BackupCreator.Rows(manifest, "AuditEntries")} entri audit; sha256 {manifest.DatabaseSha256}");
        Console.WriteLine("  Simpan berkas kunci (folder keys) TERPISAH dari cadangan ini / keep the keys folder apart from this backup.");
        return 0;
    }
}
