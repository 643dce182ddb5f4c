using System.Text.Json;
using Wbs.Web.Documents;
using Wbs.Web.Features.Verifikasi;
using Wbs.Web.Security;

namespace Wbs.Web.Cli;

/// <summary>
/// Verifies a receipt code offline against a saved copy of /.well-known/wbs-receipt-keys.json: no database, no key
/// file and no network are used, so an auditor checks with only what was published.
/// </summary>
[CliCommand("receipt verify", "Memeriksa kode tanda terima dengan salinan kunci publik yang diterbitkan, tanpa basis data dan jaringan; keluar 0 bila sah, 1 bila tidak.",
    English = "Checks a receipt code against a saved copy of the published public keys, without database or network; exits 0 when valid, 1 when not.",
    Usage = "--code KODE --keys keys.json")]
public sealed class ReceiptVerifyCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var code = Option(args, "--code");
        var keysFile = Option(args, "--keys");
        if (code is null || keysFile is null)
        {
            await Console.Error.WriteLineAsync("Pemakaian / usage: receipt verify --code KODE --keys keys.json");
            return 2;
        }

        var set = JsonSerializer.Deserialize<ReceiptKeySet>(await File.ReadAllBytesAsync(keysFile, ct), Json);
        var keys = (set?.Keys ?? []).Select(k => new ReceiptSigningKey(k.Id, Convert.FromBase64String(k.PublicKey), null, k.CreatedAt)).ToList();
        var claim = ReceiptCode.Verify(code, keys);
        if (claim is null)
        {
            Console.WriteLine("Tidak sah / not valid");
            return 1;
        }

        Console.WriteLine($"Sah / valid: {claim.RegistrationNumber} ({claim.Kind.ToString().ToLowerInvariant()}) diterima / received {claim.SubmittedAtUtc:yyyy-MM-dd'T'HH:mm:ss'Z'}");
        Console.WriteLine($"Ringkasan isi / content digest (16 bytes): {Convert.ToHexStringLower(claim.ContentDigest)}");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
