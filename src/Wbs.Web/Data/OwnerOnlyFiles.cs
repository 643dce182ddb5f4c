namespace Wbs.Web.Data;

/// <summary>The SQLite folder and files readable by the app's account only (0700 / 0600), like the key file.</summary>
public static class OwnerOnlyFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and an empty database file with owner-only modes; SQLite gives -wal and -shm the file's mode.</summary>
    public static void PrepareDatabaseFile(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
        }

        TightenIfOwned(folder, FolderMode);
        if (!File.Exists(file))
        {
            var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode };
            try
            {
                using var created = new FileStream(file, options);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another node or command created it a moment ago.
            }
        }

        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path))
            {
                TightenIfOwned(path, FileMode);
            }
        }
    }

    // Files an earlier version created world-readable are narrowed; the modes of a folder the operator chose stay at most 0700.
    private static void TightenIfOwned(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var current = File.GetUnixFileMode(path);
        if ((current & ~mode) != 0)
        {
            try
            {
                File.SetUnixFileMode(path, current & mode);
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to change (e.g. a folder owned by root); the start-up log is not the place to fail for it.
            }
        }
    }
}
