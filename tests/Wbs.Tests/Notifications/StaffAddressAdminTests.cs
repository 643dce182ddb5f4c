using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>
/// The admin gives a member's notification address on the staff pages, sealed under the member's key and audited
/// without the address; a reset of the member's authenticator is then announced to them.
/// </summary>
public sealed class StaffAddressAdminTests : IAsyncLifetime
{
    private readonly WbsFactory factory = new();
    private PageClient browser = null!;

    public StaffAddressAdminTests()
    {
        factory.Settings["Wbs:Email:Host"] = "127.0.0.1";
        factory.Settings["Wbs:Notifications:Enabled"] = "false";
    }

    public async Task InitializeAsync()
    {
        var admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        browser = await BackOfficeStaff.PagesAsync(factory, admin);
    }

    public Task DisposeAsync()
    {
        browser.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tambah_WithAnEmail_SealsItUnderTheMember_WithTheirRolesDefaults_AndAuditsNoAddress()
    {
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "irban2.dewi"), ("Input.Roles", StaffRoles.Inspektur), ("Input.Password", ""), ("Input.Email", "dewi@inspektorat.example.go.id"));

        Assert.Equal("irban2.dewi", (await PageClient.ParseAsync(response)).QuerySelector("[data-created]")?.GetAttribute("data-created"));
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = await db.Users.Where(u => u.UserName == "irban2.dewi").Select(u => u.Id).SingleAsync();
        var contact = await scope.ServiceProvider.GetRequiredService<NotificationContacts>().GetAsync(RecipientRefs.User(id), default);
        Assert.NotNull(contact);
        Assert.Equal("dewi@inspektorat.example.go.id", contact.Value.Address);
        Assert.Equal(NotificationContacts.StaffDefaults([StaffRoles.Inspektur]), contact.Value.Row.Preferences);
        Assert.DoesNotContain("dewi@", Encoding.Latin1.GetString(contact.Value.Row.SealedAddress), StringComparison.Ordinal);
        var audit = await db.AuditEntries.Where(e => e.Subject == "petugas:irban2.dewi").Select(e => e.Detail).ToListAsync();
        Assert.Contains(audit, d => d!.Contains("alamat email pemberitahuan disimpan", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, d => d!.Contains("dewi@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tambah_WithABadEmail_SaysSo_KeepsWhatWasTyped_AndCreatesNobody()
    {
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "upg.tono"), ("Input.Roles", StaffRoles.Upg), ("Input.Password", ""), ("Input.Email", "tono di kantor"));

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Alamat email tidak sah", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("tono di kantor", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        Assert.Equal("upg.tono", page.QuerySelector("input[name='Input.Username']")?.GetAttribute("value"));
        await using var scope = factory.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.AnyAsync(u => u.UserName == "upg.tono"));
    }

    [Fact]
    public async Task Ubah_SetsChangesAndDeletesTheAddress_KeepingTheMembersOwnChoices()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        var page = $"/Staf/Admin/Petugas/Ubah/{member.Id}";
        Assert.Null((await browser.GetPageAsync(page)).QuerySelector("form[data-form=delete-email]"));

        using var refused = await browser.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = "bukan-alamat" }, formSelector: "form[data-form=email]");
        var shown = await PageClient.ParseAsync(refused);
        Assert.Contains("Alamat email tidak sah", shown.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("bukan-alamat", shown.QuerySelector("input[name=Email]")?.GetAttribute("value"));
        Assert.Null(await ContactAsync(member.Id));

        using var set = await browser.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = "vero@inspektorat.example.go.id" }, formSelector: "form[data-form=email]");
        Assert.Equal("vero@inspektorat.example.go.id", (await browser.FollowAsync(set)).QuerySelector("[data-current-email]")?.GetAttribute("data-current-email"));
        Assert.Equal(NotificationContacts.StaffDefaults([StaffRoles.Verifikator]), (await ContactAsync(member.Id))!.Value.Row.Preferences);

        // The member narrows what they get; a new address from the admin keeps that choice.
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            (await db.NotificationContacts.SingleAsync()).Preferences = NotificationPreferences.DeadlineDigest;
            await db.SaveChangesAsync();
        }

        using var changed = await browser.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = "vero.baru@inspektorat.example.go.id" }, formSelector: "form[data-form=email]");
        await browser.FollowAsync(changed);
        var contact = (await ContactAsync(member.Id))!.Value;
        Assert.Equal(("vero.baru@inspektorat.example.go.id", NotificationPreferences.DeadlineDigest), (contact.Address, contact.Row.Preferences));

        using var deleted = await browser.SubmitAsync(page, new Dictionary<string, string?>(), formSelector: "form[data-form=delete-email]");
        Assert.Contains("tidak lagi menerima pemberitahuan", (await browser.FollowAsync(deleted)).Source.Text, StringComparison.Ordinal);
        Assert.Null(await ContactAsync(member.Id));
        await using var audit = factory.CreateScope();
        var details = await audit.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .Where(e => e.Subject == "petugas:" + member.UserName).OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync();
        Assert.Equal(["alamat email pemberitahuan disimpan", "alamat email pemberitahuan disimpan", "alamat email pemberitahuan dihapus"], details.TakeLast(3));
    }

    [Fact]
    public async Task ResetAuthenticator_TellsTheMemberByMail_WithoutANumber()
    {
        var (member, _) = await NotifyTestKit.StaffWithAddressAsync(factory, StaffRoles.Verifikator);

        using var response = await browser.SubmitAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", new Dictionary<string, string?>(), formSelector: "form[data-form=reset-authenticator]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var notice = Assert.Single(await NotifyTestKit.OutboxAsync(factory), m => m.Kind == NotificationKind.TwoFactorReset);
        Assert.Equal(RecipientRefs.User(member.Id), notice.RecipientRef);
        Assert.Null(notice.RegistrationNumber);
        var text = NotificationText.For(notice, "https://wbs.example.go.id");
        Assert.Contains("Autentikator akun petugas Anda direset", text.Body, StringComparison.Ordinal);
        Assert.EndsWith("/Staf/Masuk", text.Link, StringComparison.Ordinal);
    }

    private async Task<(string Address, NotificationContact Row)?> ContactAsync(string staffId)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationContacts>().GetAsync(RecipientRefs.User(staffId), default);
    }
}
