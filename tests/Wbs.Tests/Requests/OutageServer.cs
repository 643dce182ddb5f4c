using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using Wbs.Tests.Operations;

namespace Wbs.Tests.Requests;

/// <summary>
/// A PostgreSQL server of the test's own: a fresh cluster (initdb) in a temporary folder, run as the postgres OS user
/// on a free loopback port, so that stopping it for real never disturbs the shared server other tests use. Needs
/// Debian's PostgreSQL binaries and root (runuser); without them it fails loudly, it never skips.
/// </summary>
public sealed class OutageServer : IDisposable
{
    private const string OsUser = "postgres";
    private readonly string folder;
    private readonly string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private OutageServer(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    public static string Binaries =>
        Environment.GetEnvironmentVariable("WBS_TEST_PG_BIN") is { Length: > 0 } given ? given : NewestDebianBinaries();

    // Debian installs each major version under /usr/lib/postgresql/N; the test command installs whichever the release ships.
    private static string NewestDebianBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Folder: d, Version: int.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0)
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Folder, "bin"))
                .FirstOrDefault(Directory.Exists) ?? "/usr/lib/postgresql/bin"
            : "/usr/lib/postgresql/bin";

    public int Port { get; }

    private string DataFolder => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    /// <summary>A connection string to the database <paramref name="database"/> (created by EF when migrating).</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = OsUser,
        Password = password,
        Database = database,
    }.ToString();

    /// <summary>What the server wrote to its log (for a failing test's message).</summary>
    public string Log => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

    /// <summary>Makes a new cluster and starts it.</summary>
    public static OutageServer Create()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl" })
        {
            if (!File.Exists(Path.Combine(Binaries, tool)))
            {
                throw new InvalidOperationException($"The outage test needs PostgreSQL's {tool} in {Binaries} (apt-get install postgresql-15, or WBS_TEST_PG_BIN naming the folder).");
            }
        }

        if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/usr/bin/runuser"))
        {
            throw new InvalidOperationException("The outage test needs runuser (util-linux) to run PostgreSQL as its own OS user.");
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("The outage test starts a PostgreSQL server as the postgres OS user through runuser, which needs root.");
        }

        var folder = Directory.CreateTempSubdirectory("wbs-outage-pg-").FullName;
        var server = new OutageServer(folder, PublishedBuild.FreePort());
        try
        {
            // The server's files belong to the postgres user alone (the folder is 0700); initdb reads the password file once.
            Run("chown", OsUser, folder);
            var passwordFile = Path.Combine(folder, "password");
            File.WriteAllText(passwordFile, server.password);
            Run("chown", OsUser, passwordFile);
            AsPostgres("initdb", "-D", server.DataFolder, "-U", OsUser, "--auth=scram-sha-256", "--pwfile", passwordFile,
                "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
            File.Delete(passwordFile);
            server.Start();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public void Start() => AsPostgres("pg_ctl", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o",
        $"-p {Port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c max_connections=40", "start");

    /// <summary>Stops the server as an operator's restart does: every session is ended at once, open transactions are rolled back.</summary>
    public void StopFast() => AsPostgres("pg_ctl", "-D", DataFolder, "-w", "-t", "60", "-m", "fast", "stop");

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                AsPostgres("pg_ctl", "-D", DataFolder, "-w", "-t", "30", "-m", "immediate", "stop");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AsPostgres(string tool, params string[] args) =>
        Run("runuser", ["-u", OsUser, "--", Path.Combine(Binaries, tool), .. args]);

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(file + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 90 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output.Result}{errors.Result}");
        }
    }
}
