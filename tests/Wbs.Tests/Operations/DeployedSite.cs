using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Wbs.Tests.Operations;

/// <summary>
/// deploy/nginx/wbs.conf as an operator installs it, with only its ports, certificate and log locations moved into a
/// temporary folder (every moved text must still be in the file), wrapped in a minimal nginx.conf that includes
/// wbs-logging.conf, and in front of a stub node that records the headers it receives.
/// </summary>
public sealed class DeployedSite : IAsyncDisposable
{
    /// <summary>The address the test's client connects from, so that it can be told apart from the node's 127.0.0.1 in logs.</summary>
    public static readonly IPAddress ClientAddress = IPAddress.Parse("127.0.0.2");

    private readonly string folder = Directory.CreateTempSubdirectory("wbs-site-").FullName;
    private readonly HttpListener node = new();
    private readonly CancellationTokenSource stopping = new();
    private Process? process;
    private Task? serving;
    private byte[] certificate = [];

    public int HttpPort { get; } = PublishedBuild.FreePort();

    public int HttpsPort { get; } = PublishedBuild.FreePort();

    public int OnionPort { get; } = PublishedBuild.FreePort();

    public int NodePort { get; } = PublishedBuild.FreePort();

    public string Configuration => Path.Combine(folder, "nginx.conf");

    public string LogFolder => Path.Combine(folder, "logs");

    /// <summary>The headers of every request that reached the node.</summary>
    public ConcurrentQueue<WebHeaderCollection> Received { get; } = new();

    /// <summary>Writes the configuration: the deployed site, its snippets included from deploy/nginx, a fresh self-signed certificate.</summary>
    public async Task WriteAsync()
    {
        Directory.CreateDirectory(LogFolder);
        var (certificatePath, key) = await DeployFiles.SelfSignedCertificateAsync(folder);
        using (var made = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(certificatePath)))
        {
            certificate = made.RawData;
        }
        var site = DeployFiles.Rewrite(
            await File.ReadAllTextAsync(DeployFiles.Site),
            ("listen 80;", $"listen 127.0.0.1:{HttpPort};"),
            ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{HttpsPort} ssl http2;"),
            ("listen [::]:443 ssl http2;", ""),
            ("listen 127.0.0.1:8081;", $"listen 127.0.0.1:{OnionPort};"),
            ("server 127.0.0.1:5000 ", $"server 127.0.0.1:{NodePort} "),
            ("/etc/letsencrypt/live/wbs.example.go.id/fullchain.pem", certificatePath),
            ("/etc/letsencrypt/live/wbs.example.go.id/privkey.pem", key),
            ("/etc/nginx/snippets/wbs-proxy.conf", DeployFiles.ProxySnippet),
            ("/var/log/nginx/", LogFolder + "/"));
        await File.WriteAllTextAsync(Path.Combine(folder, "wbs.conf"), site);
        await File.WriteAllTextAsync(Configuration, $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 128; }
            http {
                include {{DeployFiles.LoggingSnippet}};
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/wbs.conf;
            }
            """);
    }

    /// <summary><c>nginx -t</c> on the configuration.</summary>
    public Task<(int ExitCode, string Output, string Errors)> TestAsync() =>
        DeployFiles.RunAsync(DeployFiles.Nginx, "-t", "-p", folder, "-c", Configuration);

    public async Task StartAsync()
    {
        // Any host name: nginx passes the public one (Host: wbs.example.go.id), as it does to the app.
        node.Prefixes.Add($"http://*:{NodePort}/");
        node.Start();
        serving = Task.Run(ServeAsync);

        var info = new ProcessStartInfo(DeployFiles.Nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-c", Configuration })
        {
            info.ArgumentList.Add(arg);
        }

        process = Process.Start(info)!;
        foreach (var port in new[] { HttpPort, HttpsPort, OnionPort })
        {
            await WaitForAsync(port);
        }
    }

    /// <summary>A client that connects from <see cref="ClientAddress"/>, trusts exactly the test's certificate and follows no redirect.</summary>
    public HttpClient Client() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, cancellation) => new NetworkStream(await ConnectAsync(context.DnsEndPoint.Port, cancellation), ownsSocket: true),
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => IsTestCertificate(presented) },
    })
    { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Whether nginx presented the certificate made for this test (self-signed, so pinned rather than chained).</summary>
    public bool IsTestCertificate(X509Certificate? presented) => presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(certificate);

    /// <summary>A TCP connection to a port of this machine from <see cref="ClientAddress"/>.</summary>
    public static async Task<Socket> ConnectAsync(int port, CancellationToken cancellation = default)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(ClientAddress, 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellation);
        return socket;
    }

    /// <summary>Every access-log line nginx wrote, of all the site's servers.</summary>
    public IReadOnlyList<string> AccessLines() =>
        Directory.EnumerateFiles(LogFolder, "*access*.log").SelectMany(File.ReadAllLines).ToList();

    public string ErrorLog()
    {
        var main = Path.Combine(folder, "error.log");
        return File.Exists(main) ? File.ReadAllText(main) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        await stopping.CancelAsync();
        if (node.IsListening)
        {
            node.Stop();
        }

        if (serving is not null)
        {
            await serving;
        }

        node.Close();
        stopping.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    // The stub node answers at once, without reading a body, and sends HSTS as the app does (UseHsts: on HTTPS requests
    // only, which behind the proxy means X-Forwarded-Proto https); nginx must replace it with its own.
    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await node.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var headers = new WebHeaderCollection();
            foreach (var name in context.Request.Headers.AllKeys)
            {
                headers[name!] = context.Request.Headers[name];
            }

            Received.Enqueue(headers);
            var response = context.Response;
            response.StatusCode = context.Request.HttpMethod == "POST" ? 202 : 200;
            response.KeepAlive = false;
            if (context.Request.Headers["X-Forwarded-Proto"] == "https")
            {
                response.Headers["Strict-Transport-Security"] = "max-age=60";
            }

            var body = "ok"u8.ToArray();
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
    }

    private async Task WaitForAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync() + ErrorLog());
            }

            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"nginx did not listen on port {port}: {ErrorLog()}");
    }
}
