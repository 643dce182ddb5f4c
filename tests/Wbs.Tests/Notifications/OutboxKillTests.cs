using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Operations;
using Wbs.Web.Domain;
using Xunit.Abstractions;

namespace Wbs.Tests.Notifications;

/// <summary>
/// The published app as the sender, killed (SIGKILL) while idle and while working through 50 queued messages, then
/// started again: every message reaches the SMTP server exactly once. The server waits 150 ms at each recipient, so the
/// kill lands while a message is on its way (claimed, not yet accepted): that one is retried once its claim expires.
/// </summary>
public class OutboxKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SenderKilledWhileIdleAndMidQueue_AfterRestart_EveryMessageIsDeliveredExactlyOnce()
    {
        const int count = 50;
        using var sink = await SmtpSink.StartAsync(delayMilliseconds: 150);
        using var tools = new WbsFactory();
        tools.Settings["Wbs:Notifications:Enabled"] = "false";
        var (staff, address) = await NotifyTestKit.StaffWithAddressAsync(tools, StaffRoles.Inspektur);
        var postgres = TestDatabase.IsPostgres ? tools.Services.GetRequiredService<IConfiguration>().GetConnectionString("Wbs") : null;
        var environment = new Dictionary<string, string>(PublishedBuild.DatabaseEnvironment(tools.DataFolder, postgres))
        {
            ["Wbs__Email__Host"] = "127.0.0.1",
            ["Wbs__Email__Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Wbs__Email__UseTls"] = "false",
            ["Wbs__Email__From"] = "wbs@inspektorat.example.go.id",
            ["Wbs__Notifications__PollSeconds"] = "0.2",
            ["Wbs__Notifications__LeaseSeconds"] = "3",
            ["Wbs__Notifications__ClaimSeconds"] = "4",
        };

        // Killed while idle, holding the lease: the next node waits for the lease to expire and sends everything.
        await using (var idle = new AppNode("idle", environment))
        {
            await idle.StartAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await idle.KillAsync();
        }

        await NotifyTestKit.QueueAsync(tools, staff.Id, count);
        await using (var busy = new AppNode("busy", environment))
        {
            await busy.StartAsync();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (sink.Count < 15 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            // Midway through the next message's recipient step: claimed and on its way, not yet accepted.
            await Task.Delay(70);
            await busy.KillAsync();
        }

        var atKill = sink.Count;
        Assert.InRange(atKill, 15, count - 1);
        await using (var restarted = new AppNode("restarted", environment))
        {
            await restarted.StartAsync();
            await sink.WaitForAsync(count, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(6));
        }

        var mails = sink.Messages();
        var ids = mails.Select(SmtpSink.MessageId).ToList();
        var twice = ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"sent twice: {string.Join(", ", twice)}");
        Assert.Equal(count, mails.Count);
        Assert.All(mails, m => Assert.Contains("X-Envelope-To: " + address, m, StringComparison.Ordinal));
        var rows = await NotifyTestKit.OutboxAsync(tools);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        output.WriteLine($"{atKill} of {count} delivered when the sender was killed; {rows.Count(r => r.Attempts > 1)} retried after the kill; {mails.Count} delivered in all");
    }
}
