using System.Diagnostics;
using System.Globalization;
using Wbs.EvidenceBench;
using Wbs.Web.Evidence;

// Measures the cost of evidence cleaning on intake: each case runs in its own process so peak memory is its own.
var mode = args.FirstOrDefault() ?? "all";
var folder = Path.Combine(Path.GetTempPath(), "wbs-evidence-bench");
Directory.CreateDirectory(folder);

if (mode == "all")
{
    Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger" : "no debugger")}");
    Console.WriteLine("case   | size     | first run | median of 5 | allocated | peak RSS | peak RSS above loaded input");
    foreach (var kind in new[] { "photo", "pdf" })
    {
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [.. Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? [Environment.GetCommandLineArgs()[0]] : Array.Empty<string>(), kind]) { RedirectStandardOutput = true })!;
        Console.Write(await child.StandardOutput.ReadToEndAsync());
        await child.WaitForExitAsync();
    }

    return;
}

var (evidenceKind, make) = mode == "pdf" ? (FileTypeSniffer.Pdf, (Func<byte[]>)Samples.Pdf) : (FileTypeSniffer.Jpeg, Samples.Photo);
var path = Path.Combine(folder, mode + "." + evidenceKind.Extension);
if (!File.Exists(path))
{
    File.WriteAllBytes(path, make());
}

var input = File.ReadAllBytes(path);
GC.Collect();
GC.WaitForPendingFinalizers();
var peakBefore = PeakRss();
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var watch = Stopwatch.StartNew();
var first = EvidenceCleaner.Clean(evidenceKind, input);
var firstMs = watch.Elapsed.TotalMilliseconds;
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var peakAfter = PeakRss();

var runs = new List<double>();
for (var i = 0; i < 5; i++)
{
    watch.Restart();
    _ = EvidenceCleaner.Clean(evidenceKind, input);
    runs.Add(watch.Elapsed.TotalMilliseconds);
}

runs.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{mode,-6} | {input.Length / 1048576.0,5:0.0} MB | {firstMs,6:0} ms | {runs[2],8:0} ms | {allocated / 1048576.0,6:0} MB | {peakAfter / 1048576.0,5:0} MB | {(peakAfter - peakBefore) / 1048576.0,5:0} MB"));
Console.WriteLine($"         removed: {string.Join("; ", first.RemovedMetadata)}; cleaned size {first.Content.Length / 1048576.0:0.0} MB");

// Sealing as EnvelopeCipher does it: AES-256-GCM of the cleaned copy and of the original, each under its own key.
var sealRuns = new List<double>();
for (var i = 0; i < 6; i++)
{
    watch.Restart();
    foreach (var bytes in new[] { first.Content, input })
    {
        using var aes = new System.Security.Cryptography.AesGcm(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), 16);
        var output = new byte[bytes.Length];
        aes.Encrypt(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12), bytes, output, new byte[16], Guid.NewGuid().ToByteArray());
    }

    sealRuns.Add(watch.Elapsed.TotalMilliseconds);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"         sealing cleaned copy + original (AES-256-GCM, 2 x {input.Length / 1048576.0:0.0} MB): first {sealRuns[0]:0} ms, median {sealRuns.Order().ElementAt(3):0} ms"));

// VmHWM: the most resident memory this process has ever had.
static long PeakRss()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? Environment.WorkingSet : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
