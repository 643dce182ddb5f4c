using Wbs.Web.Data.Backup;

namespace Wbs.Web.Cli;

[CliCommand("backup restore", "Memulihkan cadangan ke folder data atau database PostgreSQL yang kosong.",
    English = "Restores a backup into an empty data folder or PostgreSQL database.",
    Usage = "FILE", BeforeDatabase = true, StopServerFirst = true)]
public sealed class BackupRestoreCommand(IServiceProvider services) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        if (args is not [var file])
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: backup restore FILE");
            return 2;
        }

        if (BackupKeys.Missing(services) is { } missing)
        {
            await Console.Error.WriteLineAsync(missing);
            return 1;
        }

        try
        {
            var manifest = await services.GetRequiredService<BackupRestorer>().RestoreAsync(file, ct);
            var after = await BackupRestorer.AfterRestoreAsync(services, manifest, ct);
            Console.WriteLine($"Dipulihkan / restored: {BackupCreator.Rows(manifest, "Reports")} pengaduan, {BackupCreator.Rows(manifest, "GratificationReports")} gratifikasi, " +
                $"{BackupCreator.Rows(manifest, "Attachments")} berkas, {BackupCreator.Rows(manifest, "AuditEntries")} entri audit (cadangan {manifest.CreatedAt:yyyy-MM-dd HH:mm}Z).");
            Console.WriteLine($"  {after} kasus yang jadwal retensinya telah lewat ditandai terhapus / cases past their retention day marked erased.");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
