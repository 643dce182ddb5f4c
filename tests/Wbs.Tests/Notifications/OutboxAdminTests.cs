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

/// <summary>A staff member sets their own address and choices, and deletes them.</summary>
public class StaffNotificationSettingsTests
{
    [Fact]
    public async Task StaffMember_SetsAddressAndChoices_ThenDeletesThem()
    {
        using var factory = new WbsFactory();
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(factory, staff);
        using var browser = await BackOfficeStaff.PagesAsync(factory, staff);

        // Every staff page leads to it from the menu.
        Assert.NotNull((await browser.GetPageAsync("/Staf")).QuerySelector("nav.site-nav a[href='/Staf/Pemberitahuan']"));
        var page = await browser.GetPageAsync("/Staf/Pemberitahuan");
        Assert.Equal("page", page.QuerySelector("nav.site-nav a[href='/Staf/Pemberitahuan']")?.GetAttribute("aria-current"));
        // An Inspektur starts with new reports on.
        Assert.NotNull(page.QuerySelector("input[name=Chosen][value=NewReports][checked]"));

        using var saved = await browser.PostFieldsAsync("/Staf/Pemberitahuan", "#form-pemberitahuan",
            ("Email", "inspektur.saya@inspektorat.example.go.id"), ("Chosen", "Assignments"), ("Chosen", "DeadlineDigest"));
        Assert.Equal(System.Net.HttpStatusCode.OK, saved.StatusCode);
        await using (var scope = factory.CreateScope())
        {
            var contact = await scope.ServiceProvider.GetRequiredService<Wbs.Web.Notifications.NotificationContacts>()
                .GetAsync(Wbs.Web.Notifications.RecipientRefs.User(staff.Id), default);
            Assert.NotNull(contact);
            Assert.Equal("inspektur.saya@inspektorat.example.go.id", contact.Value.Address);
            Assert.Equal(NotificationPreferences.Assignments | NotificationPreferences.DeadlineDigest, contact.Value.Row.Preferences);
            Assert.DoesNotContain("inspektur.saya", System.Text.Encoding.Latin1.GetString(contact.Value.Row.SealedAddress), StringComparison.Ordinal);
        }

        using var invalid = await browser.PostFieldsAsync("/Staf/Pemberitahuan", "#form-pemberitahuan", ("Email", "bukan-alamat"));
        Assert.Contains("alamat email yang sah", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var deleted = await browser.PostFieldsAsync("/Staf/Pemberitahuan", "#form-hapus-email");
        Assert.Equal(System.Net.HttpStatusCode.OK, deleted.StatusCode);
        await using (var scope = factory.CreateScope())
        {
            Assert.Empty(scope.ServiceProvider.GetRequiredService<WbsDbContext>().NotificationContacts);
        }
    }
}
