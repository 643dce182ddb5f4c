using System.Diagnostics;
using Wbs.Web.Features.Lacak;

// The cost of one access-code check at the stored strength: time per check on one thread, allocated memory per check,
// and how many checks all cores together can do per second (the most a whole system of this size could try).
var code = AccessCodes.New();
var hash = AccessCodes.Hash(code);
var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
AccessCodes.Verify(code, hash);

var times = new List<double>();
var allocated = GC.GetAllocatedBytesForCurrentThread();
for (var i = 0; i < rounds; i++)
{
    var watch = Stopwatch.StartNew();
    AccessCodes.Verify(i % 2 == 0 ? code : AccessCodes.New(), hash);
    times.Add(watch.Elapsed.TotalMilliseconds);
}

var bytesPerCheck = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds;
times.Sort();
var parallel = Stopwatch.StartNew();
Parallel.For(0, Environment.ProcessorCount * 4, _ => AccessCodes.Verify(code, hash));
var perSecond = Environment.ProcessorCount * 4 / parallel.Elapsed.TotalSeconds;

Console.WriteLine($"PBKDF2-HMAC-SHA256, {AccessCodes.Iterations:N0} iterations, {rounds} checks on one thread");
Console.WriteLine($"median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms, {bytesPerCheck:N0} bytes allocated per check");
Console.WriteLine($"{Environment.ProcessorCount} cores in parallel: {perSecond:F1} checks per second");
