using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>An account holder gives an optional address on /Akun/Pemberitahuan, opts in to the number, and deletes it.</summary>
public class ReporterNotificationTests
{
    [Fact]
    public async Task AccountHolder_GivesAddressWithNumberOptIn_GetsNoticesOnStaffReplies_AndDeletesIt()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:Email:Host"] = "127.0.0.1";
        factory.Settings["Wbs:Notifications:Enabled"] = "false";
        using var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync();
        var number = await browser.SubmitValidReportAsync();

        using var anonymous = factory.CreatePageClient();
        using var refused = await anonymous.Http.GetAsync("/Akun/Pemberitahuan");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);

        using var saved = await browser.PostFieldsAsync("/Akun/Pemberitahuan", "#form-pemberitahuan",
            ("Email", "pelapor.saya@contoh.id"), ("IncludeNumber", "true"));
        Assert.Contains("Alamat email disimpan", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var complaint = await db.Complaints.SingleAsync(c => c.RegistrationNumber == number);
            var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
            var work = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Kasus.StaffCaseWork>();
            Assert.True((await work.SendMessageAsync(new StaffActor(staff.Id, staff.UserName, new HashSet<string> { StaffRoles.Inspektur }), complaint, "Mohon lengkapi.", default)).IsOk);
        }

        var notice = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        Assert.Equal(NotificationKind.ReporterUpdate, notice.Kind);
        Assert.Equal(number, notice.RegistrationNumber);

        using var deleted = await browser.PostFieldsAsync("/Akun/Pemberitahuan", "#form-hapus-email");
        Assert.Contains("Alamat email dihapus", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = factory.CreateScope())
        {
            Assert.Empty(scope.ServiceProvider.GetRequiredService<WbsDbContext>().NotificationContacts);
        }

        Assert.NotNull(reporter.RecoveryCode);
    }
}
