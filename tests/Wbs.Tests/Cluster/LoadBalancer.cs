using System.Diagnostics;
using System.Net.Sockets;
using Wbs.Tests.Operations;

namespace Wbs.Tests.Cluster;

/// <summary>
/// Debian's nginx on a loopback port in front of the given nodes, configured with deploy/nginx's own proxy and logging
/// files (plain HTTP: the TLS part of the site is the operator's certificate, not behaviour under test). Each answer
/// names the node that gave it in X-Wbs-Node, which only this test configuration adds.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("wbs-nginx-").FullName;
    private Process? process;

    public int Port { get; } = PublishedBuild.FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string AccessLog => Path.Combine(folder, "access.log");

    public static string Program =>
        Environment.GetEnvironmentVariable("WBS_TEST_NGINX") is { Length: > 0 } given ? given
        : File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx"
        : throw new InvalidOperationException("The cluster test needs Debian's nginx (apt-get install nginx) or WBS_TEST_NGINX naming it; scripts/test.sh installs it.");

    public async Task StartAsync(IEnumerable<AppNode> nodes)
    {
        var deploy = Path.Combine(PublishedBuild.RepositoryRoot, "deploy", "nginx");
        var servers = string.Join("\n", nodes.Select(n => $"        server 127.0.0.1:{n.Port} max_fails=1 fail_timeout=2s;"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                include {{deploy}}/wbs-logging.conf;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream wbs_nodes {
            {{servers}}
                    keepalive 16;
                }
                server {
                    listen 127.0.0.1:{{Port}};
                    access_log {{folder}}/access.log wbs_private;
                    include {{deploy}}/wbs-proxy.conf;
                    add_header X-Wbs-Node $upstream_addr always;
                    location / { proxy_pass http://wbs_nodes; }
                }
            }
            """);
        var info = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") })
        {
            info.ArgumentList.Add(arg);
        }

        process = Process.Start(info)!;
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx exited: " + await process.StandardError.ReadToEndAsync());
            }

            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("nginx did not listen on port " + Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
