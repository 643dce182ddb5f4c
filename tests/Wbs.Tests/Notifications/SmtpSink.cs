using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wbs.Tests.Notifications;

/// <summary>
/// Debian's aiosmtpd on a free loopback port, writing every accepted message to a folder of its own. There is no fake:
/// without /usr/bin/python3 and python3-aiosmtpd the test fails (scripts/test.sh installs it).
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process process;
    private readonly StringBuilder errors = new();

    private SmtpSink(Process process, int port, string folder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }
    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync(int? port = null, int delayMilliseconds = 0)
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} is missing: install python3-aiosmtpd (apt-get install -y python3-aiosmtpd).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "wbs-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var listenPort = port ?? FreePort();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{listenPort}", "-c", "smtp_sink.Sink" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["WBS_SMTP_SINK"] = folder;
        start.Environment["WBS_SMTP_DELAY_MS"] = delayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Notifications");
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var sink = new SmtpSink(process, listenPort, folder);
        process.ErrorDataReceived += (_, e) => { lock (sink.errors) { sink.errors.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited ({process.ExitCode}); is python3-aiosmtpd installed? {sink.Errors}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, listenPort);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        sink.Dispose();
        throw new InvalidOperationException($"aiosmtpd did not listen on {listenPort} within 15 s. {sink.Errors}");
    }

    private string Errors
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    /// <summary>The settings that point the app's mail at this server.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Wbs:Email:Host", "127.0.0.1"),
        new("Wbs:Email:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Wbs:Email:UseTls", "false"),
        new("Wbs:Email:From", "wbs@inspektorat.example.go.id"),
    ];

    public int Count => Directory.EnumerateFiles(Folder, "*.eml").Count();

    public List<string> Messages() =>
        Directory.EnumerateFiles(Folder, "*.eml").Select(File.ReadAllText).ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages arrived, then a moment more to catch extra ones.</summary>
    public async Task<List<string>> WaitForAsync(int count, TimeSpan timeout, TimeSpan? settle = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && Directory.EnumerateFiles(Folder, "*.eml").Count() < count)
        {
            await Task.Delay(100);
        }

        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(500));
        var messages = Messages();
        Assert.True(messages.Count >= count, $"{messages.Count} of {count} messages arrived within {timeout}.");
        return messages;
    }

    /// <summary>The outbox id each message carries in its Message-ID.</summary>
    public static string MessageId(string message) =>
        message.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith("Message-Id:", StringComparison.OrdinalIgnoreCase))["Message-Id:".Length..].Trim();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        finally
        {
            process.Dispose();
        }
    }
}
