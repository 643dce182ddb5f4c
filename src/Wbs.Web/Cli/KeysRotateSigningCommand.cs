using Wbs.Web.Security;

namespace Wbs.Web.Cli;

[CliCommand("keys rotate-signing", "Membuat kunci tanda tangan tanda terima baru; kunci publik lama tetap diterbitkan agar tanda terima lama tetap sah.",
    English = "Makes a new receipt signing key; older public keys stay published so old receipts still verify.")]
public sealed class KeysRotateSigningCommand(ReceiptSigningKeys keys) : ICliCommand
{
    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var key = keys.Rotate();
        Console.WriteLine($"Kunci tanda tangan aktif / active signing key: {key.Id}");
        Console.WriteLine($"Kunci publik diterbitkan / public keys published: {string.Join(", ", keys.All.Select(k => k.Id))}");
        Console.WriteLine("Salin berkas kunci ke setiap node / copy the key file to every node: " + keys.KeyFilePath);
        return Task.FromResult(0);
    }
}
