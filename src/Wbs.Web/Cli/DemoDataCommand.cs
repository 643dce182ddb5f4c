using Wbs.Web.Demo;

namespace Wbs.Web.Cli;

[CliCommand("demo-data", "Memuat contoh pengaduan dan laporan gratifikasi tiga tahun terakhir, dan satu pelapor demo, ke basis data yang masih kosong.",
    English = "Loads three years of sample complaints and gratification reports, and a demo reporter, into an empty database.")]
public sealed class DemoDataCommand(DemoData demo) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var result = await demo.LoadAsync(ct);
        switch (result.Outcome)
        {
            case DemoOutcome.AlreadyLoaded:
                Console.WriteLine($"Data demo sudah pernah dimuat (akun {result.Username}); tidak ada yang diubah.");
                return 0;
            case DemoOutcome.DatabaseNotEmpty:
                await Console.Error.WriteLineAsync("Basis data sudah berisi pengaduan: data demo hanya dimuat ke basis data yang kosong.");
                return 1;
            default:
                Console.WriteLine($"Data demo dimuat: {result.Reports} pengaduan dan {result.Gratifications} laporan gratifikasi dalam tiga tahun terakhir.");
                Console.WriteLine($"Masuk sebagai pelapor demo: nama samaran {result.Username}, kata sandi {result.Password}");
                Console.WriteLine("Catat sekarang: kata sandi ini hanya ditampilkan sekali dan tidak tersimpan dalam bentuk yang dapat dibaca. / Write it down now: this password is shown only once and is not stored in readable form.");
                return 0;
        }
    }
}
