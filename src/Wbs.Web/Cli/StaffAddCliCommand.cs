namespace Wbs.Web.Cli;

[CliCommand("staff add", "Membuat akun petugas (peran Verifikator, Inspektur, UPG, Admin) dengan sandi dari masukan standar dan mencetak alamat otpauth:// untuk aplikasi autentikator.",
    English = "Creates a staff account (roles Verifikator, Inspektur, UPG, Admin) with the password from standard input and prints the otpauth:// address for the authenticator app.",
    Usage = "--username NAMA --role PERAN[,PERAN] --password-stdin [--email ALAMAT]")]
public sealed class StaffAddCliCommand(IServiceProvider services) : ICliCommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct) =>
        StaffAddCommand.RunAsync(services, [.. args], Console.In, Console.Out, ct);
}
