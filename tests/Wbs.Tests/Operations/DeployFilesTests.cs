using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Wbs.Web.Infrastructure;
using Xunit.Abstractions;

namespace Wbs.Tests.Operations;

/// <summary>
/// What an operator copies from deploy/ is checked with the tools that will run it: the systemd unit by
/// systemd-analyze, the nginx site by nginx itself (configuration test, then serving over TLS in front of a stub
/// node), and both against the app's own limits. Needs no database; scripts/test.sh runs it once (Category=Deploy).
/// </summary>
[Trait("Category", "Deploy")]
public partial class DeployFilesTests(ITestOutputHelper output)
{
    private const string PhoneAgent = "WbsPonselUji/7.1 (Android 14; Redmi)";

    [Fact]
    public async Task SystemdUnit_PassesSystemdAnalyzeVerify()
    {
        // verify checks that ExecStart's program exists: the unit is checked as it is, with only that path pointing
        // at a stand-in, so the test does not depend on where this machine keeps dotnet.
        var folder = Directory.CreateTempSubdirectory("wbs-unit-").FullName;
        try
        {
            var dotnet = Path.Combine(folder, "dotnet");
            await File.WriteAllTextAsync(dotnet, "#!/bin/sh\nexit 0\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var unit = Path.Combine(folder, "wbs.service");
            await File.WriteAllTextAsync(unit, DeployFiles.Rewrite(await File.ReadAllTextAsync(DeployFiles.Unit), ("ExecStart=/usr/bin/dotnet ", $"ExecStart={dotnet} ")));

            var verified = await DeployFiles.RunAsync(DeployFiles.SystemdAnalyze, "verify", unit);
            output.WriteLine($"systemd-analyze verify: exit {verified.ExitCode} {verified.Output}{verified.Errors}");

            // An unknown or misspelt setting is only a warning with exit code 0: the unit passes when nothing is said.
            Assert.Equal(0, verified.ExitCode);
            Assert.Equal("", (verified.Output + verified.Errors).Trim());

            var security = await DeployFiles.RunAsync(DeployFiles.SystemdAnalyze, "security", "--offline=yes", "--no-pager", unit);
            var exposure = ExposureLevel().Match(security.Output + security.Errors);
            Assert.True(exposure.Success, "systemd-analyze security gave no exposure level: " + security.Output + security.Errors);
            var level = double.Parse(exposure.Groups["level"].Value, CultureInfo.InvariantCulture);
            output.WriteLine($"systemd-analyze security: exposure {level}");
            Assert.True(level <= 2.0, $"the unit's exposure level is {level}; it was 1.7 ('OK') when hardened");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SystemdUnit_RunsAsItsOwnUserWithOnlyTheDataFolderWritable()
    {
        var service = UnitSettings();

        Assert.Equal("wbs", Single(service, "User"));
        Assert.Equal("wbs", Single(service, "Group"));
        Assert.Equal("strict", Single(service, "ProtectSystem"));
        Assert.Equal("yes", Single(service, "ProtectHome"));
        Assert.Equal("yes", Single(service, "PrivateTmp"));
        Assert.Equal("yes", Single(service, "PrivateDevices"));
        Assert.Equal("yes", Single(service, "NoNewPrivileges"));
        Assert.Equal("0077", Single(service, "UMask"));
        Assert.Equal("", Single(service, "CapabilityBoundingSet"));
        Assert.Equal("0700", Single(service, "StateDirectoryMode"));

        // The app's data folder is a state folder (created wbs:wbs 0700 at every start) and the one writable path;
        // the key file's folder under it is created the same way.
        var dataFolder = service["Environment"].Select(e => Regex.Match(e, @"Wbs__DataFolder=(\S+)")).Single(m => m.Success).Groups[1].Value;
        Assert.Equal("/var/lib/wbs", dataFolder);
        var states = Single(service, "StateDirectory").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keyFolder = Path.GetDirectoryName(DeployFiles.AppSettings<KeyFileSettings>("Wbs:Keys").KeyFile)!;
        Assert.Contains("wbs", states);
        Assert.Contains("wbs/" + keyFolder, states);
        Assert.Equal([dataFolder], Single(service, "ReadWritePaths").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("/usr/bin/dotnet /opt/wbs/Wbs.Web.dll --urls http://127.0.0.1:", Single(service, "ExecStart"));
    }

    [Fact]
    public async Task NginxSite_WithTheDeploySnippets_PassesNginxTest()
    {
        await using var site = new DeployedSite();
        await site.WriteAsync();

        var tested = await site.TestAsync();
        output.WriteLine($"nginx -t: exit {tested.ExitCode}\n{tested.Output}{tested.Errors}");

        Assert.Equal(0, tested.ExitCode);
        Assert.Contains("test is successful", tested.Errors);
        Assert.DoesNotContain("[warn]", tested.Errors);
    }

    [Fact]
    public async Task NginxSite_Serving_RedirectsToHttps_SendsOneHsts_PassesTheTrustedHeaders_AndLogsNoClient()
    {
        await using var site = new DeployedSite();
        await site.WriteAsync();
        await site.StartAsync();
        using var client = site.Client();

        // Plain HTTP only redirects, to the same path on HTTPS.
        using (var plain = await SendAsync(client, HttpMethod.Get, $"http://127.0.0.1:{site.HttpPort}/Lacak?nomor=ADU-2026-00042"))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, plain.StatusCode);
            Assert.Equal("https://wbs.example.go.id/Lacak?nomor=ADU-2026-00042", plain.Headers.Location?.OriginalString);
        }

        Assert.Empty(site.Received);

        // HTTPS reaches the node with the client's address and scheme, replaced rather than appended to what the client
        // claims; the app's HSTS header is replaced by the site's own, so there is exactly one.
        using (var secure = await SendAsync(client, HttpMethod.Get, $"https://127.0.0.1:{site.HttpsPort}/Pengaduan/ADU-2026-00042"))
        {
            Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
            var hsts = Assert.Single(secure.Headers.GetValues("Strict-Transport-Security"));
            var maxAge = int.Parse(Regex.Match(hsts, @"max-age=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(maxAge >= 31536000, "HSTS max-age below a year: " + hsts);
        }

        var received = Assert.Single(site.Received);
        Assert.Equal(DeployedSite.ClientAddress.ToString(), received["X-Forwarded-For"]);
        Assert.Equal("https", received["X-Forwarded-Proto"]);
        Assert.Equal("wbs.example.go.id", received["Host"]);
        Assert.Null(received["X-Forwarded-Host"]);
        Assert.Null(received["X-Real-IP"]);

        // The onion entrance: plain HTTP from the local tor daemon, proxied, no redirect and no HSTS.
        using (var onion = await SendAsync(client, HttpMethod.Get, $"http://127.0.0.1:{site.OnionPort}/Lacak", host: "abcdefghij.onion"))
        {
            Assert.Equal(HttpStatusCode.OK, onion.StatusCode);
            Assert.False(onion.Headers.Contains("Strict-Transport-Security"));
        }

        Assert.Equal("http", site.Received.Last()["X-Forwarded-Proto"]);

        // Every request left a line, and no line holds the client's address, its agent, the path or the name asked for.
        var lines = site.AccessLines();
        output.WriteLine(string.Join('\n', lines));
        Assert.True(lines.Count >= 2, "expected an access line per proxied request: " + string.Join('\n', lines));
        foreach (var line in lines)
        {
            Assert.DoesNotContain(DeployedSite.ClientAddress.ToString(), line);
            Assert.DoesNotContain("6.6.6.6", line);
            Assert.DoesNotContain("WbsPonselUji", line);
            Assert.DoesNotContain("Android", line);
            Assert.DoesNotContain("ADU-2026", line);
            Assert.DoesNotContain("Lacak", line);
            Assert.DoesNotContain(".onion", line);
        }
    }

    [Fact]
    public async Task NginxSite_TakesABodyOfTheAppsLimit_AndRefusesOneByteMore()
    {
        var limit = DeployFiles.AppUploadLimitBytes;
        var configured = DeployFiles.NginxSize(Assert.Single(DeployFiles.Directives("client_max_body_size", DeployFiles.Site, DeployFiles.ProxySnippet, DeployFiles.LoggingSnippet)));
        output.WriteLine($"app limit {limit} bytes (Wbs:Evidence:MaxReportBytes + form), nginx client_max_body_size {configured} bytes");
        Assert.Equal(limit, configured);

        await using var site = new DeployedSite();
        await site.WriteAsync();
        await site.StartAsync();

        // Only the headers are sent: nginx decides on Content-Length before any body byte, and the stub node answers at once.
        Assert.Equal(202, await PostStatusAsync(site, limit));
        Assert.Equal(413, await PostStatusAsync(site, limit + 1));
    }

    [Fact]
    public void NginxLogs_NoFormatHoldsAnAddressAnAgentOrAPath_AndEveryAccessLogUsesOne()
    {
        var files = Directory.EnumerateFiles(DeployFiles.NginxFolder, "*.conf").ToArray();
        var formats = files.SelectMany(f => DeployFiles.Directives("log_format", f)).ToList();
        Assert.NotEmpty(formats);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var format in formats)
        {
            names.Add(format.Split(' ')[0]);
            var found = RevealingVariable().Matches(format).Select(m => m.Value).ToList();
            Assert.True(found.Count == 0, $"log_format \"{format}\" records {string.Join(", ", found)}");
        }

        // An access_log without a format would use nginx's "combined", which records the address and the agent.
        var logs = files.SelectMany(f => DeployFiles.Directives("access_log", f)).ToList();
        Assert.NotEmpty(logs);
        foreach (var log in logs)
        {
            var parts = log.Split(' ');
            Assert.True(parts is ["off"] || (parts.Length >= 2 && names.Contains(parts[1])), $"access_log {log} does not use a format of deploy/nginx");
        }

        // Error lines name the client ("client: 1.2.3.4"): the site keeps only critical ones.
        foreach (var error in DeployFiles.Directives("error_log", DeployFiles.Site))
        {
            Assert.EndsWith(" crit", error);
        }
    }

    [Fact]
    public void NginxTimeouts_LetASlowPhoneFinish_AndLeaveTheCutOffToTheApp()
    {
        var requests = DeployFiles.AppSettings<RequestOptions>(RequestOptions.Section);
        var evidence = DeployFiles.AppSettings<EvidenceOptions>(EvidenceOptions.Section);
        int Seconds(string name) => DeployFiles.NginxSeconds(Assert.Single(DeployFiles.Directives(name, DeployFiles.Site, DeployFiles.ProxySnippet)));

        // nginx's body timeout is a gap between two reads; the app's idle cut-off must come first, with its own
        // Indonesian 408 answer, rather than nginx's bare one.
        Assert.True(Seconds("client_body_timeout") > requests.BodyIdleSeconds, "client_body_timeout must exceed Wbs:Requests:BodyIdleSeconds");
        Assert.True(Seconds("client_header_timeout") >= 30);
        Assert.True(Seconds("send_timeout") >= 60, "a slow phone downloading a receipt or evidence needs minutes between packets");

        // Ten files cleaned two at a time, each within its bound: the answer may take that long after the body.
        var cleaning = (int)Math.Ceiling(evidence.MaxFiles / (double)Math.Max(1, evidence.MaxConcurrentCleanings)) * evidence.CleaningTimeoutSeconds;
        Assert.True(Seconds("proxy_read_timeout") >= cleaning, $"proxy_read_timeout below the {cleaning} s cleaning may take");
        Assert.True(Seconds("proxy_send_timeout") >= Seconds("client_body_timeout"));

        // Uploads stream to the app (never into nginx's temporary files); answers are never spooled to disk.
        Assert.Equal("off", Assert.Single(DeployFiles.Directives("proxy_request_buffering", DeployFiles.ProxySnippet)));
        Assert.Equal("0", Assert.Single(DeployFiles.Directives("proxy_max_temp_file_size", DeployFiles.ProxySnippet)));
        Assert.DoesNotContain(DeployFiles.Directives("proxy_next_upstream", DeployFiles.ProxySnippet).Single().Split(' '), p => p == "non_idempotent");
    }

    [Fact]
    public void TorOnionService_PointsAtTheSitesOnionEntrance()
    {
        var lines = File.ReadAllLines(DeployFiles.OnionService).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToList();
        var port = Assert.Single(lines, l => l.StartsWith("HiddenServicePort ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("80", port[1]);
        Assert.Contains("HiddenServiceVersion 3", lines);

        var onionServer = DeployFiles.Directives("listen", DeployFiles.Site).Where(l => l.StartsWith("127.0.0.1:", StringComparison.Ordinal)).ToList();
        Assert.Equal([port[2]], onionServer);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string host = "wbs.example.go.id")
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Host = host;
        request.Headers.UserAgent.ParseAdd(PhoneAgent);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "6.6.6.6");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-Real-IP", "6.6.6.6");
        return await client.SendAsync(request);
    }

    private static async Task<int> PostStatusAsync(DeployedSite site, long contentLength)
    {
        using var socket = await DeployedSite.ConnectAsync(site.HttpsPort);
        await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), false, (_, presented, _, _) => site.IsTestCertificate(presented));
        await tls.AuthenticateAsClientAsync("wbs.example.go.id");
        var head = $"POST /api/v1/reports HTTP/1.1\r\nHost: wbs.example.go.id\r\nContent-Type: multipart/form-data; boundary=x\r\n"
            + $"Content-Length: {contentLength.ToString(CultureInfo.InvariantCulture)}\r\n\r\n";
        await tls.WriteAsync(Encoding.ASCII.GetBytes(head));
        await tls.FlushAsync();
        using var reader = new StreamReader(tls, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var status = await reader.ReadLineAsync(timeout.Token) ?? "";
        var match = Regex.Match(status, @"^HTTP/1\.1 (\d{3})");
        Assert.True(match.Success, "no status line: " + status);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, List<string>> UnitSettings()
    {
        var settings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var section = "";
        foreach (var raw in File.ReadAllLines(DeployFiles.Unit))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                section = line;
                continue;
            }

            if (section == "[Service]")
            {
                var equals = line.IndexOf('=');
                var key = line[..equals];
                if (!settings.TryGetValue(key, out var values))
                {
                    settings[key] = values = [];
                }

                values.Add(line[(equals + 1)..]);
            }
        }

        return settings;
    }

    private static string Single(Dictionary<string, List<string>> settings, string key)
    {
        Assert.True(settings.TryGetValue(key, out var values), $"wbs.service sets no {key}");
        return Assert.Single(values);
    }

    /// <summary>Only what <c>Wbs:Keys</c> says about the key file, as appsettings.json has it.</summary>
    private sealed class KeyFileSettings
    {
        public string KeyFile { get; set; } = "";
    }

    [GeneratedRegex(@"Overall exposure level for \S+: (?<level>\d+\.\d+)")]
    private static partial Regex ExposureLevel();

    // Variables that tell who asked or what for: addresses (also forwarded ones), agent, referrer, cookies, the path and query.
    [GeneratedRegex(@"\$(remote_addr|binary_remote_addr|realip_remote_addr|remote_user|proxy_add_x_forwarded_for|http_x_forwarded_for|http_x_real_ip|http_user_agent|http_referer|http_cookie|cookie_\w+|request|request_uri|uri|document_uri|args|query_string|arg_\w+|request_body|host|http_host|server_name|ssl_client_\w+)\b")]
    private static partial Regex RevealingVariable();
}
