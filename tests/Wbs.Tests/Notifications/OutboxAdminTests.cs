using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Notifications;

/// <summary>The staff member's own security notices and the Admin's view of the queue.</summary>
public class OutboxAdminTests
{
    [Fact]
    public async Task SignIn_QueuesANoticeForThatMember_AndTheAdminSeesTheQueueMaskedWithoutContent()
    {
        using var factory = new WbsFactory();
        // Mail on, to a port where nothing listens: every message fails and shows on the Admin's page.
        factory.Settings["Wbs:Email:Host"] = "127.0.0.1";
        factory.Settings["Wbs:Email:Port"] = "9";
        factory.Settings["Wbs:Email:UseTls"] = "false";
        factory.Settings["Wbs:Notifications:MaxAttempts"] = "1";
        NotifyTestKit.UseFastSender(factory);
        var (inspektur, address) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(factory, inspektur);
        using var _ = await BackOfficeStaff.PagesAsync(factory, inspektur);
        var notice = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        Assert.Equal(NotificationKind.NewSignIn, notice.Kind);
        Assert.Null(notice.RegistrationNumber);

        var (_, number) = await NotifyTestKit.SubmitCanaryComplaintAsync(factory);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await NotifyTestKit.OutboxAsync(factory)).Count(m => m.Failed) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        await BackOfficeStaff.EnrolAsync(factory, admin);
        using var browser = await BackOfficeStaff.PagesAsync(factory, admin);
        var page = await browser.GetPageAsync("/Staf/Admin/Notifikasi");
        Assert.Equal("2", page.QuerySelector("[data-count=failed]")?.TextContent.Trim());
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain(address, html, StringComparison.Ordinal);
        Assert.Contains(address[0] + "***@inspektorat.example.go.id", html, StringComparison.Ordinal);
        Assert.Contains("Masuk baru", html, StringComparison.Ordinal);
        Assert.DoesNotContain(number, html, StringComparison.Ordinal);
        NotifyTestKit.AssertNoCanary(html);
    }
}
