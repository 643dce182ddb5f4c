using Wbs.Web.Data.Backup;

namespace Wbs.Web.Cli;

[CliCommand("backup verify", "Memeriksa cadangan: digest, jumlah baris, rantai audit, dan contoh laporan dibuka dengan folder kunci ini.",
    English = "Checks a backup: digests, row counts, the audit chain, and a sample of reports opened with this keys folder.",
    Usage = "FILE", BeforeDatabase = true)]
public sealed class BackupVerifyCommand(IServiceProvider services) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args is not [var file])
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: backup verify FILE");
            return 2;
        }

        if (BackupKeys.Missing(services) is { } missing)
        {
            await Console.Error.WriteLineAsync(missing);
            return 1;
        }

        var check = await services.GetRequiredService<BackupVerifier>().VerifyAsync(file, ct);
        if (check.Manifest is { } m)
        {
            Console.WriteLine($"Cadangan / backup of {m.CreatedAt:yyyy-MM-dd HH:mm:ss}Z from {m.SourceProvider}, schema {m.Schema}: " +
                $"{BackupCreator.Rows(m, "Reports")} pengaduan, {BackupCreator.Rows(m, "GratificationReports")} gratifikasi, {BackupCreator.Rows(m, "Attachments")} berkas");
            Console.WriteLine($"  log audit / audit chain: {check.AuditEntries} entri diperiksa; contoh / sample: {check.Opened} laporan terbuka / opened " +
                $"({check.Files} berkas), {check.Erased} terhapus sesuai jadwal retensi / erased on schedule");
        }

        foreach (var problem in check.Problems)
        {
            await Console.Error.WriteLineAsync("MASALAH / PROBLEM: " + problem);
        }

        Console.WriteLine(check.Problems.Count == 0 ? "Cadangan utuh / backup sound." : $"Cadangan TIDAK utuh / backup NOT sound: {check.Problems.Count} masalah.");
        return check.Problems.Count == 0 ? 0 : 1;
    }
}
