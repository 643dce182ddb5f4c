using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

// One 100 MB report (5 videos of 19 MB) through the API of a running app, against a raw AES-256-GCM + file write
// of the same bytes measured in the same run, with the server's peak memory growth read from /proc.
//   UploadBench <base-url on loopback> <server pid> <work folder> [files=5] [megabytes=19]
var baseUrl = new Uri(args[0]);
if (!IPAddress.TryParse(baseUrl.Host, out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine("not a loopback address: " + baseUrl);
    return 2;
}

var pid = int.Parse(args[1], CultureInfo.InvariantCulture);
var folder = args[2];
var count = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
var megabytes = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 19;
Directory.CreateDirectory(folder);

var videos = new List<string>();
for (var i = 0; i < count; i++)
{
    var path = Path.Combine(folder, $"video-{i}.mp4");
    File.WriteAllBytes(path, Mp4(megabytes << 20));
    videos.Add(path);
}

var total = videos.Sum(v => new FileInfo(v).Length);

// The limit: the same bytes read from disk, sealed in 64 KiB AES-256-GCM chunks and written to a file, best of 3.
var raw = Enumerable.Range(0, 3).Select(_ => RawSealAndWrite(videos, Path.Combine(folder, "raw.sealed"))).Min();
File.Delete(Path.Combine(folder, "raw.sealed"));

using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(5) };
var user = "bench" + RandomNumberGenerator.GetHexString(8).ToLowerInvariant();
var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { username = user, password = "kata-sandi-rahasia-bench", phoneNumber = "081234567890" });
register.EnsureSuccessStatusCode();
var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = user, password = "kata-sandi-rahasia-bench" });
login.EnsureSuccessStatusCode();
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

// Warm-up: one small report, so the JIT and the pools are in place before the peak is reset.
var small = Path.Combine(folder, "small.mp4");
File.WriteAllBytes(small, Mp4(1 << 20));
await SubmitAsync(client, [small]);
await Task.Delay(1000);
File.WriteAllText($"/proc/{pid}/clear_refs", "5");
var before = Status(pid, "VmRSS:");
var watch = Stopwatch.StartNew();
var number = await SubmitAsync(client, videos);
var upload = watch.Elapsed;
var peak = Status(pid, "VmHWM:");

// The download of one file, streamed back.
watch.Restart();
var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{number}");
var attachment = detail.GetProperty("attachments")[0].GetProperty("id").GetString();
using (var download = await client.GetAsync($"/api/v1/reports/{number}/attachments/{attachment}", HttpCompletionOption.ResponseHeadersRead))
{
    download.EnsureSuccessStatusCode();
    await (await download.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
}

var downloadTime = watch.Elapsed;
var peakAfterDownload = Status(pid, "VmHWM:");

double Mbps(long bytes, TimeSpan time) => bytes / 1e6 / time.TotalSeconds;
Console.WriteLine($"report: {count} x {megabytes} MiB mp4 = {total / 1e6:0.0} MB, registration {number}");
Console.WriteLine($"raw AES-256-GCM + file write: {Mbps(total, raw):0} MB/s ({raw.TotalMilliseconds:0} ms)");
Console.WriteLine($"upload through the API:        {Mbps(total, upload):0} MB/s ({upload.TotalMilliseconds:0} ms), ratio {Mbps(total, upload) / Mbps(total, raw):0.00}");
Console.WriteLine($"server RSS before {before / 1024.0:0} MB, peak during upload {peak / 1024.0:0} MB: growth {(peak - before) / 1024.0:0.0} MB (goal < 64)");
Console.WriteLine($"download of one {megabytes} MiB file: {Mbps(megabytes << 20, downloadTime):0} MB/s; peak after it {peakAfterDownload / 1024.0:0} MB");
foreach (var video in videos)
{
    File.Delete(video);
}

return 0;

static async Task<string> SubmitAsync(HttpClient client, IReadOnlyList<string> files)
{
    using var form = new MultipartFormDataContent
    {
        { new StringContent("Pungutan izin usaha (bench)"), "title" },
        { new StringContent("Petugas meminta uang tambahan; rekaman video terlampir."), "description" },
        { new StringContent("4"), "violationTypeId" },
        { new StringContent("[{\"name\":\"Pak Budi\",\"position\":\"Kepala Seksi\",\"unit\":\"DPMPTSP\"}]"), "reportedPersons" },
        { new StringContent("Loket 3"), "location" },
        { new StringContent("2026-10-01"), "incidentDate" },
    };
    foreach (var file in files)
    {
        var part = new StreamContent(File.OpenRead(file), 81920);
        part.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        form.Add(part, "files", Path.GetFileName(file));
    }

    var response = await client.PostAsync("/api/v1/reports", form);
    var body = await response.Content.ReadAsStringAsync();
    if (response.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
    }

    return JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!;
}

static TimeSpan RawSealAndWrite(IReadOnlyList<string> files, string target)
{
    var key = RandomNumberGenerator.GetBytes(32);
    var plain = new byte[64 * 1024];
    var sealedChunk = new byte[plain.Length + 16];
    var nonce = new byte[12];
    var watch = Stopwatch.StartNew();
    using var aes = new AesGcm(key, 16);
    using var output = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    uint index = 0;
    foreach (var file in files)
    {
        using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        int read;
        while ((read = input.ReadAtLeast(plain, plain.Length, throwOnEndOfStream: false)) > 0)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(7), index++);
            aes.Encrypt(nonce, plain.AsSpan(0, read), sealedChunk.AsSpan(0, read), sealedChunk.AsSpan(read, 16));
            output.Write(sealedChunk, 0, read + 16);
        }
    }

    output.Flush(flushToDisk: false);
    return watch.Elapsed;
}

static long Status(int pid, string field) =>
    long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

// A plain MP4 (ftyp, moov with one video track, mdat of random bytes) of about the given size.
static byte[] Mp4(int size)
{
    var recorded = new byte[] { 0xE3, 0x5A, 0x10, 0x00 };
    byte[] movieHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1000), .. U32(2000), .. new byte[80]];
    byte[] trackHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1), .. new byte[72]];
    byte[] mediaHeader = [0, 0, 0, 0, .. recorded, .. recorded, .. U32(1000), .. U32(2000), 0, 0, 0, 0];
    byte[] handler = [0, 0, 0, 0, 0, 0, 0, 0, .. "vide"u8, .. new byte[12], .. "Handler\0"u8];
    byte[] track = Box("trak", [.. Box("tkhd", trackHeader), .. Box("mdia", [.. Box("mdhd", mediaHeader), .. Box("hdlr", handler)])]);
    byte[] userData = Box("udta", Box("\u00a9xyz", [0, 18, 0x15, 0xC7, .. "+00.1234+117.4999/"u8]));
    byte[] head = [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp42"u8]), .. Box("moov", [.. Box("mvhd", movieHeader), .. track, .. userData])];
    var media = RandomNumberGenerator.GetBytes(Math.Max(16, size - head.Length - 8));
    return [.. head, .. Box("mdat", media)];
}

static byte[] Box(string type, byte[] payload) => [.. U32(payload.Length + 8), .. Encoding.Latin1.GetBytes(type), .. payload];

static byte[] U32(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
