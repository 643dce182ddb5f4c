using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Security;

/// <summary>
/// The forward-secure retention ratchet, kept beside the master keys and never in the database or a backup: one 32-byte
/// state R_d for a day d, with R_(d+1) = HMAC(R_d, "next") and the day's key K_d = HMAC(R_d, "key"). A closed case's data
/// keys are wrapped once more under K of its expiry day, so once the state has moved past that day no copy of the
/// database, however old, can unwrap them with the keys folder as it is now. Every node moves its own copy forward to the
/// same day (the database records how far), which gives the same state on each.
/// </summary>
public sealed partial class RetentionRatchet
{
    private static readonly byte[] NextLabel = Encoding.ASCII.GetBytes("wbs retention ratchet next");
    private static readonly byte[] KeyLabel = Encoding.ASCII.GetBytes("wbs retention ratchet key");
    private static readonly byte[] CheckLabel = Encoding.ASCII.GetBytes("wbs retention ratchet check");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The far day whose state fingerprints a ratchet: any earlier state reaches it, so nodes can compare lineages.</summary>
    public static readonly DateOnly CheckDay = new(2300, 1, 1);

    private readonly Lock gate = new();
    private readonly Dictionary<int, byte[]> dayKeys = [];
    private readonly ILogger<RetentionRatchet> logger;
    private int day;
    private byte[] state = [];
    private DateTime fileStamp;

    public RetentionRatchet(IOptions<KeyOptions> options, IOptions<Infrastructure.WbsOptions> wbs, ILogger<RetentionRatchet> logger)
    {
        this.logger = logger;
        FilePath = Path.GetFullPath(options.Value.RetentionRatchetFile, Path.GetFullPath(wbs.Value.DataFolder));
    }

    public string FilePath { get; }

    public bool Exists => File.Exists(FilePath);

    /// <summary>The first day whose key can still be derived; every earlier day's content is gone.</summary>
    public DateOnly Day
    {
        get
        {
            Refresh();
            lock (gate)
            {
                return DateOnly.FromDayNumber(day);
            }
        }
    }

    /// <summary>Creates the file with a random state from <paramref name="today"/>; only for an installation that has never used one.</summary>
    public void Create(DateOnly today)
    {
        lock (gate)
        {
            Write(today.DayNumber, RandomNumberGenerator.GetBytes(32));
            LogCreated(logger, FilePath);
        }
    }

    /// <summary>A fingerprint of this ratchet's lineage (HMAC of the state at <see cref="CheckDay"/>), stored in the database.</summary>
    public string Fingerprint()
    {
        Refresh();
        byte[] far;
        lock (gate)
        {
            far = StateAt(CheckDay.DayNumber);
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(far, CheckLabel));
    }

    public bool CanOpen(DateOnly erasureDay) => erasureDay >= Day;

    /// <summary>Wraps a master-wrapped data key once more, under the key of <paramref name="erasureDay"/>, bound to the scope and day.</summary>
    public byte[] Wrap(Guid scope, DateOnly erasureDay, byte[] masterWrapped)
    {
        var key = KeyOf(scope, erasureDay);
        var output = new byte[12 + 16 + masterWrapped.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(output.AsSpan(0, 12), masterWrapped, output.AsSpan(28), output.AsSpan(12, 16), Associated(scope, erasureDay));
        return output;
    }

    public byte[] Unwrap(Guid scope, DateOnly erasureDay, byte[] wrapped)
    {
        var key = KeyOf(scope, erasureDay);
        var inner = new byte[wrapped.Length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(wrapped.AsSpan(0, 12), wrapped.AsSpan(28), wrapped.AsSpan(12, 16), inner, Associated(scope, erasureDay));
        return inner;
    }

    /// <summary>Moves the state forward to <paramref name="target"/> (never back) and overwrites the file; true when it moved.</summary>
    public bool AdvanceTo(DateOnly target)
    {
        Refresh();
        lock (gate)
        {
            if (target.DayNumber <= day)
            {
                return false;
            }

            var next = StateAt(target.DayNumber);
            Write(target.DayNumber, next);
            foreach (var old in dayKeys.Keys.Where(d => d < target.DayNumber).ToList())
            {
                CryptographicOperations.ZeroMemory(dayKeys[old]);
                dayKeys.Remove(old);
            }

            return true;
        }
    }

    private byte[] KeyOf(Guid scope, DateOnly erasureDay)
    {
        Refresh();
        lock (gate)
        {
            if (erasureDay.DayNumber < day)
            {
                throw new ContentErasedException(scope, erasureDay);
            }

            if (!dayKeys.TryGetValue(erasureDay.DayNumber, out var key))
            {
                key = HMACSHA256.HashData(StateAt(erasureDay.DayNumber), KeyLabel);
                dayKeys[erasureDay.DayNumber] = key;
            }

            return key;
        }
    }

    // Caller holds the gate; target is not before the current day.
    private byte[] StateAt(int target)
    {
        var current = state;
        for (var d = day; d < target; d++)
        {
            current = HMACSHA256.HashData(current, NextLabel);
        }

        return current;
    }

    private void Refresh()
    {
        if (!File.Exists(FilePath))
        {
            throw new InvalidOperationException($"The retention ratchet file {FilePath} is missing; copy the keys folder from another node or from its backup.");
        }

        if (File.GetLastWriteTimeUtc(FilePath) == fileStamp && state.Length > 0)
        {
            return;
        }

        lock (gate)
        {
            var stored = JsonSerializer.Deserialize<StoredState>(File.ReadAllBytes(FilePath), Json)
                ?? throw new InvalidOperationException($"The retention ratchet file {FilePath} is empty.");
            var loadedDay = DateOnly.ParseExact(stored.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber;

            // Another process on this node may have moved it; a file older than what this process knew is never taken back.
            if (loadedDay >= day)
            {
                day = loadedDay;
                state = Convert.FromBase64String(stored.State);
            }

            fileStamp = File.GetLastWriteTimeUtc(FilePath);
        }
    }

    // New file, flushed to the disk, then renamed over the old one: the old state is gone once the rename is on disk.
    private void Write(int newDay, byte[] newState)
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var temp = FilePath + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, new StoredState(DateOnly.FromDayNumber(newDay).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Convert.ToBase64String(newState)), Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, FilePath, overwrite: true);
        CryptographicOperations.ZeroMemory(state);
        day = newDay;
        state = newState;
        fileStamp = File.GetLastWriteTimeUtc(FilePath);
    }

    private static byte[] Associated(Guid scope, DateOnly erasureDay) =>
        [.. scope.ToByteArray(), .. BitConverter.GetBytes(erasureDay.DayNumber)];

    private sealed record StoredState(string Day, string State);

    [LoggerMessage(LogLevel.Warning, "Created the retention ratchet at {Path}. Copy it to every node with the master key file, and never keep older copies of it: erased cases stay erased only while no old copy exists.")]
    private static partial void LogCreated(ILogger logger, string path);
}
