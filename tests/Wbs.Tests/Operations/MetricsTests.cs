using System.Net;
using System.Text.RegularExpressions;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Operations;

/// <summary>The Prometheus endpoint on its own loopback port: requests per route template, submissions, database and cleaning time, and no label that points at a reporter.</summary>
public partial class MetricsTests
{
    private const string PhoneAgent = "WbsPonselUji/7.1 (Android 14; Redmi)";

    private static readonly string[] SocketTables = ["/proc/net/tcp", "/proc/net/tcp6"];

    [Fact]
    public async Task Scrape_AfterAJourney_HasTheFiguresAndNoLabelPointsAtAReporter()
    {
        var port = PublishedBuild.FreePort();
        using var factory = new WbsFactory();
        factory.Settings["Wbs:Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var api = factory.CreateApiClient();
        api.Http.DefaultRequestHeaders.UserAgent.ParseAdd(PhoneAgent);
        var reporter = await api.SignUpAsync();
        var number = await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));
        using (var detail = await api.Http.GetAsync($"/api/v1/reports/{number}"))
        {
            Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        }

        using (var missing = await api.Http.GetAsync("/api/v1/reports/ADU-2026-99999"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var text = await ScrapeAsync(port);

        Assert.Matches(@"wbs_submissions_total\{[^}]*wbs_report_kind=""complaint""[^}]*\} [1-9]", text);
        Assert.Matches(@"http_server_request_duration_seconds_count\{[^}]*http_route=""/api/v1/reports/\{registrationNumber\}""", text);
        Assert.Matches(@"wbs_db_command_duration_seconds_count\{[^}]*db_system=""(sqlite|postgresql)""[^}]*\} [1-9]", text);
        Assert.Matches(@"wbs_evidence_cleaning_duration_seconds_count\{[^}]*wbs_evidence_kind=""png""[^}]*wbs_outcome=""cleaned""[^}]*\} [1-9]", text);

        var labels = LabelValues().Matches(text).Select(m => m.Groups["value"].Value).Distinct().ToList();
        Assert.NotEmpty(labels);
        foreach (var value in labels)
        {
            Assert.DoesNotContain(number, value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("99999", value, StringComparison.Ordinal);
            Assert.DoesNotContain(reporter.Username, value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("WbsPonselUji", value, StringComparison.Ordinal);
            Assert.DoesNotContain("Android", value, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d+\.\d+\.\d+\.\d+|::1|localhost", value);
        }

        Assert.DoesNotMatch(@"client|user_agent|url_path|url_full|user_id", string.Join(' ', LabelNames().Matches(text).Select(m => m.Value)));
    }

    [Fact]
    public async Task NoPortSet_NothingListens()
    {
        var port = PublishedBuild.FreePort();
        using var factory = new WbsFactory();
        using var client = factory.CreateApiClient();
        using (var home = await client.Http.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync($"http://127.0.0.1:{port}/metrics"));
    }

    [Fact]
    public async Task Scrape_ListensOnLoopbackOnly_AndNotOnTheAppsOwnPort()
    {
        var port = PublishedBuild.FreePort();
        using var factory = new WbsFactory();
        factory.Settings["Wbs:Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = factory.CreateClient();
        using (var onTheApp = await client.GetAsync("/metrics"))
        {
            Assert.Equal(HttpStatusCode.NotFound, onTheApp.StatusCode);
        }

        Assert.Contains("http_server_request_duration_seconds", await ScrapeAsync(port));

        // The kernel's own list of listening sockets: every one on the metrics port is bound to 127.0.0.1, none to
        // all addresses (0.0.0.0 or ::), so nothing outside the machine can scrape it.
        var bound = ListeningAddresses(port);
        Assert.NotEmpty(bound);
        Assert.All(bound, address => Assert.Equal(IPAddress.Loopback, address));
    }

    /// <summary>The local addresses of the TCP sockets listening on <paramref name="port"/>, from /proc/net/tcp and tcp6.</summary>
    private static List<IPAddress> ListeningAddresses(int port)
    {
        var found = new List<IPAddress>();
        foreach (var table in SocketTables.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                const string listening = "0A";
                if (fields[3] != listening || Convert.ToInt32(local[1], 16) != port)
                {
                    continue;
                }

                // The kernel prints each 32-bit word of the address in host (little-endian) order.
                var bytes = Convert.FromHexString(local[0]);
                for (var i = 0; i < bytes.Length; i += 4)
                {
                    Array.Reverse(bytes, i, 4);
                }

                var address = new IPAddress(bytes);
                found.Add(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
            }
        }

        return found;
    }

    private static async Task<string> ScrapeAsync(int port)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync($"http://127.0.0.1:{port}/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelValues();

    [GeneratedRegex(@"[a-zA-Z_][a-zA-Z0-9_]*(?==\"")")]
    private static partial Regex LabelNames();
}
