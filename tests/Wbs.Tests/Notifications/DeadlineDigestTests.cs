using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>The daily digest: one mail per person with cases near or past their deadline, and only once a day.</summary>
public class DeadlineDigestTests
{
    [Fact]
    public async Task CasesNearTheirDeadline_GiveOneDigestPerInspekturPerDay_AndNoneToOthers()
    {
        using var sink = await SmtpSink.StartAsync();
        using var factory = new WbsFactory();
        foreach (var (key, value) in sink.Settings())
        {
            factory.Settings[key] = value;
        }

        NotifyTestKit.UseFastSender(factory);
        factory.Settings["Wbs:Notifications:DigestHour"] = "0";
        factory.Settings["Wbs:Notifications:DigestWorkingDays"] = "10";
        // The sender waits, so the digest is queued by the explicit rounds below and not by the background service.
        factory.Settings["Wbs:Notifications:Enabled"] = "false";
        var (_, inspektur) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Inspektur);
        var (_, verifikator) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Verifikator);
        var (_, first) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);
        var (_, second) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);

        await using (var scope = factory.CreateScope())
        {
            var digest = scope.ServiceProvider.GetRequiredService<DeadlineDigest>();
            Assert.Equal(1, await digest.QueueDueAsync(default));
            Assert.Equal(0, await digest.QueueDueAsync(default));
        }

        var sender = factory.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(3, await sender.RunOnceAsync(default));
        var mails = await sink.WaitForAsync(3, TimeSpan.FromSeconds(10));
        var digestMail = Assert.Single(mails, m => m.Contains("Ringkasan tenggat", StringComparison.Ordinal));
        Assert.Contains("X-Envelope-To: " + inspektur, digestMail, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain(verifikator, m, StringComparison.Ordinal));
        NotifyTestKit.AssertNoCanary(digestMail);
        // The one mail names both cases and their deadlines, so the Inspektur knows which to open.
        Assert.Matches($@"- {first}: tenggat \d{{1,2}} \w+ \d{{4}}", digestMail);
        Assert.Matches($@"- {second}: tenggat \d{{1,2}} \w+ \d{{4}}", digestMail);
        Assert.Equal(0, await sender.RunOnceAsync(default));
    }
}
