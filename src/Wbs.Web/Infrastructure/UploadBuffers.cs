using Microsoft.Extensions.Options;

namespace Wbs.Web.Infrastructure;

/// <summary>The folder for sealed upload buffers: owner-only, and emptied at start of whatever a crash left behind.</summary>
public sealed class UploadBuffers
{
    public UploadBuffers(IOptions<WbsOptions> options)
    {
        Folder = Path.Combine(Path.GetFullPath(options.Value.DataFolder), "upload-buffers");
        Directory.CreateDirectory(Folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Leftovers are ciphertext under keys that died with their process, but nothing should outlive a request.
        foreach (var leftover in Directory.EnumerateFiles(Folder, "wbs-*.sealed"))
        {
            File.Delete(leftover);
        }
    }

    public string Folder { get; }
}
