using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>Notifications through a real SMTP server (aiosmtpd on loopback): who gets them, what they say and never say.</summary>
public class OutboxMailTests
{
    [Fact]
    public async Task NewComplaint_MailsTheInspekturNumberAndLink_NeverContentOrIdentity()
    {
        using var sink = await SmtpSink.StartAsync();
        using var factory = new WbsFactory();
        foreach (var (key, value) in sink.Settings())
        {
            factory.Settings[key] = value;
        }

        NotifyTestKit.UseFastSender(factory);
        var (_, inspektur) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Inspektur);
        var (_, verifikator) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Verifikator);

        var (_, number) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);

        var mail = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1.5)));
        Assert.Contains("X-Envelope-To: " + inspektur, mail, StringComparison.Ordinal);
        Assert.DoesNotContain(verifikator, mail, StringComparison.Ordinal);
        Assert.Contains(number, mail, StringComparison.Ordinal);
        Assert.Contains("https://wbs.inspektorat.example.go.id/Staf", mail, StringComparison.Ordinal);
        Assert.Contains("Ada laporan baru", mail, StringComparison.Ordinal);
        NotifyTestKit.AssertNoCanary(mail);

        // The row says whom and what kind, and that it went; no address in plain, no content.
        var row = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        Assert.NotNull(row.SentAt);
        Assert.Equal(NotificationKind.NewReport, row.Kind);
        Assert.Equal(number, row.RegistrationNumber);
        Assert.Null(row.ClaimToken);
        await using var scope = factory.CreateScope();
        var contacts = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().NotificationContacts.AsNoTracking().ToListAsync();
        Assert.Equal(2, contacts.Count);
        foreach (var contact in contacts)
        {
            var stored = System.Text.Encoding.Latin1.GetString(contact.SealedAddress);
            Assert.DoesNotContain("inspektorat.example", stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffMessage_TellsTheReporterWhoOptedIn_WithoutNumberUnlessAsked()
    {
        using var sink = await SmtpSink.StartAsync();
        using var factory = new WbsFactory();
        foreach (var (key, value) in sink.Settings())
        {
            factory.Settings[key] = value;
        }

        NotifyTestKit.UseFastSender(factory);
        var (reporter, number) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);
        string reporterId;
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            reporterId = await db.Complaints.Where(c => c.RegistrationNumber == number).Select(c => c.ReporterId!).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<NotificationContacts>()
                .SetAsync(RecipientRefs.User(reporterId), "pelapor.rahasia@contoh.id", NotificationPreferences.ReportUpdates, includeNumber: false, default);
            await db.SaveChangesAsync();
        }

        await StaffReplyAsync(factory, number);
        var mail = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(20)));
        Assert.Contains("X-Envelope-To: pelapor.rahasia@contoh.id", mail, StringComparison.Ordinal);
        Assert.Contains("Ada pembaruan pada laporan Anda", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(number, mail, StringComparison.Ordinal);
        NotifyTestKit.AssertNoCanary(mail);
        Assert.DoesNotContain("KnrBalasan", mail, StringComparison.Ordinal);

        // Opted in to the number: the next notice carries it. Deleted: nothing more is queued.
        await using (var scope = factory.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationContacts>()
                .SetAsync(RecipientRefs.User(reporterId), "pelapor.rahasia@contoh.id", NotificationPreferences.ReportUpdates, includeNumber: true, default);
            await scope.ServiceProvider.GetRequiredService<WbsDbContext>().SaveChangesAsync();
        }

        await StaffReplyAsync(factory, number);
        var both = await sink.WaitForAsync(2, TimeSpan.FromSeconds(20));
        Assert.Single(both, m => m.Contains(number, StringComparison.Ordinal));

        await using (var scope = factory.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<NotificationContacts>().DeleteAsync(RecipientRefs.User(reporterId), default));
        }

        await StaffReplyAsync(factory, number);
        Assert.Equal(2, (await NotifyTestKit.OutboxAsync(factory)).Count);
    }

    /// <summary>A staff message on the case through the shared case work, as the staff page sends it.</summary>
    private static async Task StaffReplyAsync(WbsFactory factory, string number)
    {
        var staff = await Staf.BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var complaint = await db.Complaints.SingleAsync(c => c.RegistrationNumber == number);
        var work = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Kasus.StaffCaseWork>();
        var outcome = await work.SendMessageAsync(new StaffActor(staff.Id, staff.UserName, new HashSet<string> { StaffRoles.Inspektur }), complaint, "KnrBalasan mohon lengkapi", default);
        Assert.True(outcome.IsOk);
    }

    [Fact]
    public async Task UnreachableServer_IsRetriedWithBackoff_ThenSentOnce()
    {
        using var factory = new WbsFactory();
        var port = FreePort();
        factory.Settings["Wbs:Email:Host"] = "127.0.0.1";
        factory.Settings["Wbs:Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["Wbs:Email:UseTls"] = "false";
        factory.Settings["Wbs:Notifications:FirstRetrySeconds"] = "1";
        NotifyTestKit.UseFastSender(factory);
        var (staff, _) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Inspektur);
        await NotifyTestKit.QueueAsync(factory, staff.Id, 1);

        // Nothing listens: the attempt fails, is recorded without content and waits longer each time.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        OutboxMessage row;
        do
        {
            await Task.Delay(200);
            row = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        }
        while (row.Attempts < 2 && DateTime.UtcNow < deadline);

        Assert.True(row.Attempts >= 2, $"attempts {row.Attempts}");
        Assert.Null(row.SentAt);
        Assert.False(row.Failed);
        Assert.NotNull(row.LastError);
        Assert.DoesNotContain("inspektorat.example", row.LastError, StringComparison.Ordinal);
        var sender = factory.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(TimeSpan.FromSeconds(1), sender.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(4), sender.Backoff(3));

        using var sink = await SmtpSink.StartAsync(port);
        var mail = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2)));
        Assert.Contains("WBS-2026-00001", mail, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await NotifyTestKit.OutboxAsync(factory)).SentAt);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
