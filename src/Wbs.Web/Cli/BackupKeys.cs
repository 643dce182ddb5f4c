using Microsoft.Extensions.Options;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;

namespace Wbs.Web.Cli;

/// <summary>Verify and restore need the installation's keys folder; without it a new, useless key file would be made.</summary>
public static class BackupKeys
{
    public static string? Missing(IServiceProvider services)
    {
        var keys = services.GetRequiredService<IOptions<KeyOptions>>().Value;
        var wbs = services.GetRequiredService<IOptions<WbsOptions>>().Value;
        var keyFile = MasterKeyRing.KeyFileOf(keys, wbs);
        if (keyFile is not null && !File.Exists(keyFile))
        {
            return $"Berkas kunci induk tidak ada / the master key file {keyFile} is missing: copy the keys folder (master keys and retention ratchet) into the data folder first.";
        }

        var ratchet = Path.GetFullPath(keys.RetentionRatchetFile, Path.GetFullPath(wbs.DataFolder));
        return File.Exists(ratchet) ? null : $"Ratchet retensi tidak ada / the retention ratchet {ratchet} is missing: copy the keys folder into the data folder first.";
    }
}
