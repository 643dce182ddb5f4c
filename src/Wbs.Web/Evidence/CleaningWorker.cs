using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>
/// Cleans each file in a short-lived worker process (this program with the hidden <c>evidence-clean</c> command):
/// a parser that overflows its stack, loops or eats memory kills only the worker, never the server. The bytes travel
/// over pipes, never through a file; the worker gets no settings, no database and no keys.
/// </summary>
public sealed class CleaningWorker(EvidenceOptions settings)
{
    public const string Command = "evidence-clean";

    private const string Failed = "berkas ini membuat pemeriksa berkas berhenti (mungkin rusak atau sengaja dibuat untuk menyerang) sehingga tidak disimpan. Simpan ulang berkasnya lalu unggah lagi.";
    private const string TooSlow = "berkas ini terlalu lama diperiksa (mungkin rusak atau sengaja dibuat untuk menyerang) sehingga tidak disimpan. Simpan ulang berkasnya lalu unggah lagi.";
    private const string Unavailable = "pemeriksa berkas sedang tidak dapat dijalankan di server sehingga berkas tidak disimpan. Coba lagi nanti atau hubungi petugas.";

    // One bound for the whole process, however many intakes exist: the first settings read decide it.
    private static SemaphoreSlim? shared;

    public async Task<CleanedEvidence> CleanAsync(EvidenceKind kind, byte[] content, CancellationToken ct)
    {
        var answer = await CleanAsync(kind, () => new MemoryStream(content, writable: false), content.LongLength, async (stdout, limit, token) =>
        {
            var output = new MemoryStream();
            await ReadBoundedAsync(stdout, output, limit, token);
            return output.ToArray();
        }, ct);
        return CleaningWorkerProgram.ReadAnswer(answer, Failed);
    }

    /// <summary>
    /// Cleans a file streamed from <paramref name="open"/> into a sealed spool in <paramref name="spoolFolder"/>: the
    /// server holds a chunk at a time, never the file. Says whether the cleaned copy is the upload byte for byte.
    /// </summary>
    public async Task<StreamedCleaning> CleanToSpoolAsync(EvidenceKind kind, Func<Stream> open, long length, string spoolFolder, CancellationToken ct)
    {
        using var originalHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var spool = new SealedBuffer(spoolFolder, 64 * 1024);
        try
        {
            var removed = await CleanAsync(kind, () => new HashingStream(open(), originalHash), length,
                (stdout, limit, token) => ReadStreamedAnswerAsync(stdout, spool, limit, token), ct);
            var unchanged = spool.Length == length && spool.Hash.AsSpan().SequenceEqual(originalHash.GetHashAndReset());
            return new StreamedCleaning(spool, removed, unchanged);
        }
        catch
        {
            spool.Dispose();
            throw;
        }
    }

    private async Task<T> CleanAsync<T>(EvidenceKind kind, Func<Stream> open, long length, Func<Stream, long, CancellationToken, Task<T>> readAnswer, CancellationToken ct)
    {
        var slots = LazyInitializer.EnsureInitialized(ref shared, () => new SemaphoreSlim(Math.Max(1, settings.MaxConcurrentCleanings)));
        await slots.WaitAsync(ct);
        try
        {
            return await RunAsync(kind, open, length, readAnswer, ct);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<T> RunAsync<T>(EvidenceKind kind, Func<Stream> open, long length, Func<Stream, long, CancellationToken, Task<T>> readAnswer, CancellationToken ct)
    {
        using var process = new Process { StartInfo = StartInfo(kind) };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            throw new EvidenceCleaningException(Unavailable, ex);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.CleaningTimeoutSeconds)));
        T answer;
        try
        {
            var feed = FeedAsync(process.StandardInput.BaseStream, open, deadline.Token);
            var drain = process.StandardError.BaseStream.CopyToAsync(Stream.Null, deadline.Token);
            answer = await readAnswer(process.StandardOutput.BaseStream, OutputLimit(length), deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
            await Task.WhenAll(feed, drain);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Kill(process);
            throw new EvidenceCleaningException(TooSlow);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            Kill(process);
            throw new EvidenceCleaningException(Failed, ex);
        }
        finally
        {
            if (!process.HasExited)
            {
                Kill(process);
            }
        }

        return process.ExitCode == 0 ? answer : throw new EvidenceCleaningException(Failed);
    }

    /// <summary>Cleaning only removes bytes (an MP4 keeps its size, a PDF is rewritten), so the answer is bounded by the input.</summary>
    private static long OutputLimit(long length) => (length * 2) + (1 << 20);

    private static async Task FeedAsync(Stream stdin, Func<Stream> open, CancellationToken ct)
    {
        try
        {
            await using var source = open();
            await source.CopyToAsync(stdin, 64 * 1024, ct);
        }
        catch (IOException)
        {
            // The worker died before reading everything; its exit code tells the rest.
        }
        finally
        {
            await stdin.DisposeAsync();
        }
    }

    /// <summary>
    /// The answer of <see cref="CleaningWorkerProgram"/> read as it comes: a refusal's reason, or the removed names
    /// (bounded in count and length) and then the cleaned bytes, sealed into <paramref name="spool"/>.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ReadStreamedAnswerAsync(Stream stdout, SealedBuffer spool, long limit, CancellationToken ct)
    {
        var head = new byte[5];
        var got = await stdout.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (got >= 2 && head[0] == (byte)'R')
        {
            var reason = new MemoryStream();
            reason.Write(head, 1, got - 1);
            await ReadBoundedAsync(stdout, reason, 64 * 1024, ct);
            throw new EvidenceCleaningException(Encoding.UTF8.GetString(reason.ToArray()));
        }

        if (got < head.Length || head[0] != (byte)'O' || BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(1)) is var count && count is < 0 or > MaxRemovedNames)
        {
            throw new EvidenceCleaningException(Failed);
        }

        var names = new List<string>(count);
        var lengthBytes = new byte[4];
        for (var i = 0; i < count; i++)
        {
            await stdout.ReadExactlyAsync(lengthBytes, ct);
            var nameLength = BinaryPrimitives.ReadInt32BigEndian(lengthBytes);
            if (nameLength is < 0 or > MaxNameBytes)
            {
                throw new EvidenceCleaningException(Failed);
            }

            var name = new byte[nameLength];
            await stdout.ReadExactlyAsync(name, ct);
            names.Add(Encoding.UTF8.GetString(name));
        }

        var buffer = new byte[81920];
        int read;
        while ((read = await stdout.ReadAsync(buffer, ct)) > 0)
        {
            if (spool.Length + read > limit)
            {
                throw new InvalidDataException("The cleaning worker answered more than it was given.");
            }

            await spool.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        await spool.CompleteAsync(ct);
        return names;
    }

    private const int MaxRemovedNames = 4096;
    private const int MaxNameBytes = 4096;

    private static async Task ReadBoundedAsync(Stream source, MemoryStream target, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            if (target.Length + read > limit)
            {
                throw new InvalidDataException("The cleaning worker answered more than it was given.");
            }

            target.Write(buffer, 0, read);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    private ProcessStartInfo StartInfo(EvidenceKind kind)
    {
        var (file, prefix) = Locate();
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in prefix.Append(Command).Append(kind.Extension))
        {
            info.ArgumentList.Add(arg);
        }

        // The worker inherits nothing of the server's settings (connection strings, key paths): only what runs .NET.
        var inherited = info.Environment.Where(e => e.Key is "PATH" or "HOME" or "TMPDIR" || e.Key.StartsWith("DOTNET_ROOT", StringComparison.Ordinal)).ToList();
        info.Environment.Clear();
        inherited.ForEach(e => info.Environment[e.Key] = e.Value);
        info.Environment["DOTNET_GCHeapHardLimit"] = ((long)Math.Max(64, settings.CleaningMemoryMegabytes) << 20).ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["DOTNET_TieredPGO"] = "0";
        info.Environment["DOTNET_TC_QuickJitForLoops"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    /// <summary>
    /// The same program in a new process, however this one was started: <c>dotnet Wbs.Web.dll</c>, <c>dotnet run</c>
    /// (the apphost), a published apphost, or a test host that loaded Wbs.Web.dll from its own folder.
    /// </summary>
    internal static (string File, IReadOnlyList<string> Prefix) Locate()
    {
        var assembly = typeof(CleaningWorker).Assembly.Location;
        if (string.IsNullOrEmpty(assembly))
        {
            // A single-file publish has no separate dll: the running executable is the program.
            return (Environment.ProcessPath ?? throw new EvidenceCleaningException(Unavailable), []);
        }

        if (DotnetHost() is { } host)
        {
            return (host, ["exec", assembly]);
        }

        var apphost = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(apphost) ? (apphost, []) : throw new EvidenceCleaningException(Unavailable);
    }

    private static string? DotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), name, StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        // The shared runtime lives at <root>/shared/Microsoft.NETCore.App/<version>/; the host sits at <root>.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, name);
        return File.Exists(candidate) ? candidate : null;
    }
}
