using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;
using Xunit.Abstractions;

namespace Wbs.Tests.Notifications;

/// <summary>One sender at a time across nodes sharing a database, nothing sent twice, and the webhook channel.</summary>
public class OutboxSenderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Lease_IsHeldByOneNodeUntilItExpiresOrIsReleased()
    {
        using var first = new WbsFactory();
        first.Settings["Wbs:Notifications:Enabled"] = "false";
        first.Settings["Wbs:Notifications:LeaseSeconds"] = "2";
        using var second = first.AnotherNode();
        _ = first.CreateClient();
        _ = second.CreateClient();
        var a = first.Services.GetRequiredService<OutboxSender>();
        var b = second.Services.GetRequiredService<OutboxSender>();
        await using var scopeA = first.CreateScope();
        await using var scopeB = second.CreateScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<WbsDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<WbsDbContext>();

        Assert.True(await a.TryLeaseAsync(dbA, default));
        Assert.False(await b.TryLeaseAsync(dbB, default));
        Assert.True(await a.TryLeaseAsync(dbA, default));
        Assert.False(await b.TryLeaseAsync(dbB, default));

        // The holder stops renewing (it died): after the lease time the other node takes over, and the first is out.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.True(await b.TryLeaseAsync(dbB, default));
        Assert.False(await a.TryLeaseAsync(dbA, default));
    }

    [Fact]
    public async Task TwoNodesSending_DeliverEveryMessageExactlyOnce_AndMeasureThroughput()
    {
        const int count = 200;
        using var sink = await SmtpSink.StartAsync();
        using var first = new WbsFactory();
        foreach (var (key, value) in sink.Settings())
        {
            first.Settings[key] = value;
        }

        NotifyTestKit.UseFastSender(first);
        first.Settings["Wbs:Notifications:LeaseSeconds"] = "3";
        using var second = first.AnotherNode();
        _ = second.CreateClient();
        var (staff, _) = await NotifyTestKit.StaffWithAddressAsync(first, StaffRoles.Inspektur);

        var clock = Stopwatch.StartNew();
        await NotifyTestKit.QueueAsync(first, staff.Id, count);
        var mails = await sink.WaitForAsync(count, TimeSpan.FromSeconds(120), TimeSpan.Zero);
        var elapsed = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        mails = sink.Messages();

        Assert.Equal(count, mails.Count);
        Assert.Equal(count, mails.Select(SmtpSink.MessageId).Distinct().Count());
        var rows = await NotifyTestKit.OutboxAsync(first);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
        output.WriteLine($"outbox throughput: {count} messages in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:F0} messages/s to aiosmtpd on loopback ({(TestDatabase.IsPostgres ? "PostgreSQL" : "SQLite")}, two nodes)");
    }

    [Fact]
    public async Task Webhook_PostsKindNumberAndLink_ToALocalReceiver()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/kait/");
        listener.Start();
        var received = ReceiveAsync(listener);

        using var factory = new WbsFactory();
        NotifyTestKit.UseFastSender(factory);
        factory.Settings["Wbs:Webhook:Url"] = $"http://127.0.0.1:{port}/kait/wbs";
        factory.Settings["Wbs:Webhook:Template"] = "Laporan baru {number}: {link}";
        var (_, number) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);

        var finished = await Task.WhenAny(received, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == received, "the webhook received nothing within 20 s");
        var (method, contentType, body) = await received;
        Assert.Equal("POST", method);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("NewReport", json.GetProperty("kind").GetString());
        Assert.Equal(number, json.GetProperty("number").GetString());
        Assert.Equal("https://wbs.inspektorat.example.go.id/Staf", json.GetProperty("link").GetString());
        Assert.Equal($"Laporan baru {number}: https://wbs.inspektorat.example.go.id/Staf", json.GetProperty("text").GetString());
        NotifyTestKit.AssertNoCanary(body);

        await Task.Delay(500);
        var row = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        Assert.Equal(NotificationChannels.Webhook, row.Channel);
        Assert.NotNull(row.SentAt);
    }

    private static async Task<(string Method, string ContentType, string Body)> ReceiveAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = 204;
        context.Response.Close();
        return (context.Request.HttpMethod, context.Request.ContentType ?? "", body);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
