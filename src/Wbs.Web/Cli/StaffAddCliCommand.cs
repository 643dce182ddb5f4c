namespace Wbs.Web.Cli;

[CliCommand("staff add", "Membuat akun petugas dan mencetak alamat otpauth:// untuk aplikasi autentikator.")]
public sealed class StaffAddCliCommand(IServiceProvider services) : ICliCommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct) =>
        StaffAddCommand.RunAsync(services, [.. args], Console.In, Console.Out, ct);
}
