using Wbs.Web.Security;

namespace Wbs.Web.Cli;

[CliCommand("keys rotate", "Membungkus ulang semua kunci data dengan kunci induk baru, sementara aplikasi tetap berjalan.",
    English = "Re-wraps every data key under a new master key while the app keeps serving.")]
public sealed class KeysRotateCommand(KeyRotation rotation) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var result = await rotation.RotateAsync(ct);
        Console.WriteLine($"Kunci induk aktif / active master key: {result.NewMasterKeyId}");
        Console.WriteLine($"Kunci data dibungkus ulang / data keys re-wrapped: {result.Rewrapped}");
        Console.WriteLine(result.Pruned.Count == 0
            ? "Tidak ada kunci induk lama yang dihapus / no old master key removed."
            : $"Kunci induk lama dihapus / old master keys removed: {string.Join(", ", result.Pruned)}");
        return 0;
    }
}
