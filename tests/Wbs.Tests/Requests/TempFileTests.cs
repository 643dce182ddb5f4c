using System.Net;
using System.Net.Sockets;
using System.Text;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Requests;

/// <summary>No plaintext evidence touches the disk: uploads are buffered sealed, during the request and after it was cut off.</summary>
public class TempFileTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    [Fact]
    public async Task Upload_OfOneMegabyte_LeavesTheCanaryInNoFile()
    {
        var canary = Canary();
        using var api = new ApiClient(new HttpClient { BaseAddress = host.Address });
        api.UseToken(host.Token);

        var number = await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(CanaryPng(canary, 1024 * 1024)));

        Assert.StartsWith("ADU-", number, StringComparison.Ordinal);
        Assert.Empty(FilesHolding(canary));
    }

    [Theory]
    [InlineData("/Pengaduan/Tambah")]
    [InlineData("/api/v1/reports")]
    public async Task Upload_AbortedMidway_LeavesTheCanaryInNoFileDuringOrAfter(string path)
    {
        var canary = Canary();
        var file = CanaryPng(canary, 1024 * 1024).Content;
        var head = "--batas\r\nContent-Disposition: form-data; name=\"" + (path.StartsWith("/api", StringComparison.Ordinal) ? "files" : "Files")
            + "\"; filename=\"bukti.png\"\r\nContent-Type: image/png\r\n\r\n";
        var request = Encoding.ASCII.GetBytes(host.Head(path, "multipart/form-data; boundary=batas", "Content-Length: 3000000") + head);

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(request);
            await stream.WriteAsync(file);
            await stream.FlushAsync();

            // The server now holds a megabyte of the file while it waits for the rest.
            await Task.Delay(TimeSpan.FromMilliseconds(1200));
            Assert.Empty(FilesHolding(canary));
            tcp.Client.LingerState = new LingerOption(true, 0);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(FilesHolding(canary));
    }

    private static string Canary() => "WBS-KANARI-" + Guid.NewGuid().ToString("N");

    // A valid PNG whose padding repeats the canary, so any plaintext copy of any part of it is found.
    private static UploadFile CanaryPng(string canary, int size)
    {
        var bytes = new byte[size];
        var marker = Encoding.ASCII.GetBytes(canary);
        for (var at = SampleFiles.PngBytes.Length; at + marker.Length <= size; at += marker.Length)
        {
            marker.CopyTo(bytes, at);
        }

        SampleFiles.PngBytes.CopyTo(bytes, 0);
        return new UploadFile("bukti-kanari.png", bytes, "image/png");
    }

    /// <summary>Files of the system temp folder (where the framework buffers forms) and of the app's data folder that hold the canary.</summary>
    private List<string> FilesHolding(string canary)
    {
        var marker = Encoding.ASCII.GetBytes(canary);
        var temp = Environment.GetEnvironmentVariable("ASPNETCORE_TEMP") ?? Path.GetTempPath();
        // Only the framework's own buffer files in the shared temp folder: others there may be pipes that block a reader.
        var candidates = Directory.EnumerateFiles(temp, "ASPNETCORE_*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(host.Factory.DataFolder, "*", SearchOption.AllDirectories));
        var holding = new List<string>();
        foreach (var candidate in candidates)
        {
            try
            {
                var info = new FileInfo(candidate);
                if (info.Length < 50_000_000 && info.LastWriteTimeUtc > DateTime.UtcNow.AddMinutes(-10)
                    && File.ReadAllBytes(candidate).AsSpan().IndexOf(marker) >= 0)
                {
                    holding.Add(candidate);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process's file that cannot be read is not one of ours.
            }
        }

        return holding;
    }
}
