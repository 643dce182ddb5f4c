using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Lacak;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>
/// Reporters find the optional address from their own pages: an account holder on /Akun/Pemberitahuan (opting in
/// to the number, then deleting it), an anonymous reporter on /Lacak/Pemberitahuan within their Lacak session.
/// </summary>
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
        Assert.NotNull((await browser.GetPageAsync("/Pengaduan")).QuerySelector("[data-notice-link] a[href='/Akun/Pemberitahuan']"));

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

    [Fact]
    public async Task AnonymousReporter_FollowsTheLinkOnTheirLacakPage_GivesAnAddress_AndIsToldWithoutTheNumber()
    {
        using var factory = new LacakFactory();
        factory.Settings["Wbs:Email:Host"] = "127.0.0.1";
        factory.Settings["Wbs:Notifications:Enabled"] = "false";
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var stranger = factory.CreatePageClient();
        using var refused = await stranger.Http.GetAsync("/Lacak/Pemberitahuan");
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);

        using var _ = await AnonymousReporter.OpenAsync(reporter.Browser, reporter.Number, reporter.Code);
        Assert.NotNull((await reporter.PageAsync()).QuerySelector("[data-notice-link] a[href='/Lacak/Pemberitahuan']"));
        using var saved = await reporter.Browser.PostFieldsAsync("/Lacak/Pemberitahuan", "#form-pemberitahuan", ("Email", "tanpa.nama@contoh.id"));
        Assert.Contains("Alamat email disimpan", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Guid complaintId;
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var complaint = await db.Complaints.SingleAsync(c => c.RegistrationNumber == reporter.Number);
            complaintId = complaint.Id;
            var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
            var work = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Kasus.StaffCaseWork>();
            Assert.True((await work.SendMessageAsync(new StaffActor(staff.Id, staff.UserName, new HashSet<string> { StaffRoles.Inspektur }), complaint, "Mohon lengkapi.", default)).IsOk);
            Assert.DoesNotContain("tanpa.nama", System.Text.Encoding.Latin1.GetString(Assert.Single(db.NotificationContacts).SealedAddress), StringComparison.Ordinal);
        }

        var notice = Assert.Single(await NotifyTestKit.OutboxAsync(factory));
        Assert.Equal(NotificationKind.ReporterUpdate, notice.Kind);
        Assert.Equal(RecipientRefs.Anonymous(complaintId), notice.RecipientRef);
        Assert.Null(notice.RegistrationNumber);
    }

    [Fact]
    public async Task GratificationReporter_GivesAnAddressOnTheReportsPage_AndTheUpgsMessageSendsAMailWithoutContent()
    {
        using var sink = await SmtpSink.StartAsync();
        using var factory = new WbsFactory();
        foreach (var (key, value) in sink.Settings())
        {
            factory.Settings[key] = value;
        }

        NotifyTestKit.UseFastSender(factory);
        factory.Settings["Wbs:Notifications:Enabled"] = "false";
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await Wbs.Tests.Gratifikasi.GratificationPages.SubmitValidAsync(browser);
        var address = $"pelapor.{Guid.NewGuid():N}@contoh.id";
        Assert.NotNull((await browser.GetPageAsync("/Gratifikasi/Detail/" + number))
            .QuerySelector($"[data-notice-link] a[href='/Gratifikasi/Pemberitahuan/{number}']"));

        // Another reporter, and nobody signed in, cannot reach this report's address page.
        using var other = factory.CreatePageClient();
        await other.RegisterAsync();
        using var foreign = await other.Http.GetAsync("/Gratifikasi/Pemberitahuan/" + number);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, foreign.StatusCode);
        using var stranger = factory.CreatePageClient();
        using var refused = await stranger.Http.GetAsync("/Gratifikasi/Pemberitahuan/" + number);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);

        using var saved = await browser.PostFieldsAsync("/Gratifikasi/Pemberitahuan/" + number, "#form-pemberitahuan", ("Email", address));
        var savedPage = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Alamat email disimpan", savedPage, StringComparison.Ordinal);
        Assert.Contains("masuk ke akun Anda untuk membukanya", savedPage, StringComparison.Ordinal);

        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number);
            Assert.DoesNotContain("pelapor.", System.Text.Encoding.Latin1.GetString(Assert.Single(db.NotificationContacts).SealedAddress), StringComparison.Ordinal);
            var upg = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Upg);
            var work = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Kasus.StaffCaseWork>();
            Assert.True((await work.SendMessageAsync(new StaffActor(upg.Id, upg.UserName, new HashSet<string> { StaffRoles.Upg }), report, "Mohon lampirkan foto objek.", default)).IsOk);
        }

        var sender = factory.Services.GetRequiredService<OutboxSender>();
        Assert.Equal(1, await sender.RunOnceAsync(default));
        var mail = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Contains("X-Envelope-To: " + address, mail, StringComparison.Ordinal);
        Assert.Contains("masuk ke akun Anda untuk membukanya", mail, StringComparison.Ordinal);
        Assert.Contains("/Gratifikasi", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(number, mail, StringComparison.Ordinal);
        Assert.DoesNotContain("foto objek", mail, StringComparison.Ordinal);
    }
}
