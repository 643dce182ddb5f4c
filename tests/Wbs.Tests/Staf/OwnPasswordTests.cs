using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Akun;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>
/// A password an admin set (a new account, or a reset) is only good for one sign-in: after the authenticator code the
/// member must choose their own before any staff page or API token opens.
/// </summary>
public sealed class OwnPasswordTests : IAsyncLifetime
{
    private const string OwnPassword = "kopi pagi di tepian mahakam";

    private readonly WbsFactory factory = new();
    private TestStaff admin = null!;
    private PageClient adminBrowser = null!;

    public async Task InitializeAsync()
    {
        admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        adminBrowser = await BackOfficeStaff.PagesAsync(factory, admin);
    }

    public Task DisposeAsync()
    {
        adminBrowser.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task NewAccountFromTheAdminPage_MustChooseItsOwnPassword_BeforeTheStaffAreaOpens()
    {
        using var created = await adminBrowser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "irban2.sari"), ("Input.Roles", StaffRoles.Verifikator), ("Input.Password", StaffMember.AdminPassword));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var member = await StaffAsync("irban2.sari", StaffMember.AdminPassword);
        Assert.True((await UserAsync(member.Id)).MustChangePassword);

        using var browser = factory.CreatePageClient();
        var step = await PasswordAndCodeAsync(browser, member);
        Assert.StartsWith(StaffSignIn.ChoosePasswordPage, step, StringComparison.Ordinal);

        // Nothing of the staff area opens before the new password.
        using (var inbox = await browser.Http.GetAsync("/Staf"))
        {
            // The half-finished sign-in is turned away (to the refusal page, as after the password step alone).
            Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
            Assert.Matches("^/Staf/(Masuk|Ditolak)", inbox.Headers.Location!.PathAndQuery());
        }

        // A guessable one, the admin's one again, or two that differ are refused with a reason; nothing changes.
        foreach (var (password, confirm, reason) in new[]
        {
            ("password123", "password123", PasswordStrength.TooWeak),
            (StaffMember.AdminPassword, StaffMember.AdminPassword, StaffAccounts.SamePassword),
            (OwnPassword, OwnPassword + "!", "Ulangan kata sandi tidak sama"),
        })
        {
            using var refused = await browser.SubmitAsync(step, new Dictionary<string, string?> { ["NewPassword"] = password, ["ConfirmPassword"] = confirm });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(reason, PageClient.ErrorsOn(await PageClient.ParseAsync(refused)), StringComparison.Ordinal);
            Assert.True((await UserAsync(member.Id)).MustChangePassword);
        }

        using var chosen = await browser.SubmitAsync(step, new Dictionary<string, string?> { ["NewPassword"] = OwnPassword, ["ConfirmPassword"] = OwnPassword });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/Staf", chosen.Headers.Location!.PathAndQuery());
        using (var inbox = await browser.Http.GetAsync("/Staf"))
        {
            Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        }

        Assert.False((await UserAsync(member.Id)).MustChangePassword);
        await using var scope = factory.CreateScope();
        var audited = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .AnyAsync(e => e.Action == AuditActions.OwnPassword && e.Actor == "irban2.sari");
        Assert.True(audited);

        // The admin's password opens nothing any more; the member's own does.
        using var old = await BackOfficeStaff.LoginAsync(factory.CreateClient(), member, await BackOfficeStaff.CodeAsync(factory, member));
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var own = await BackOfficeStaff.LoginAsync(factory.CreateClient(), member with { Password = OwnPassword }, await BackOfficeStaff.CodeAsync(factory, member));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task AdminPasswordReset_EndsTheMembersSessions_AndAsksForTheirOwnPasswordAgain()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        using var memberBrowser = await BackOfficeStaff.PagesAsync(factory, member);
        using (var before = await memberBrowser.Http.GetAsync("/Staf"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var reset = await adminBrowser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", "form[data-form=reset-password]");
        var page = await PageClient.ParseAsync(reset);
        var temporary = page.QuerySelector("[data-generated-password]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(temporary), PageClient.ErrorsOn(page));
        Assert.True((await UserAsync(member.Id)).MustChangePassword);

        using (var after = await memberBrowser.Http.GetAsync("/Staf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }

        using var browser = factory.CreatePageClient();
        var step = await PasswordAndCodeAsync(browser, member with { Password = temporary! });
        Assert.StartsWith(StaffSignIn.ChoosePasswordPage, step, StringComparison.Ordinal);
        using var chosen = await browser.SubmitAsync(step, new Dictionary<string, string?> { ["NewPassword"] = OwnPassword, ["ConfirmPassword"] = OwnPassword });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.False((await UserAsync(member.Id)).MustChangePassword);
    }

    [Fact]
    public async Task Api_RefusesATokenWithAClearProblem_UntilTheMemberSendsTheirOwnPassword()
    {
        var member = await StaffAsync("upg.dewi", StaffMember.AdminPassword, create: [StaffRoles.Upg]);
        await BackOfficeStaff.EnrolAsync(factory, member);
        using var http = factory.CreateClient();
        var code = await BackOfficeStaff.CodeAsync(factory, member);

        using var asked = await BackOfficeStaff.LoginAsync(http, member, code);
        Assert.Equal(HttpStatusCode.Forbidden, asked.StatusCode);
        Assert.Equal("application/problem+json", asked.Content.Headers.ContentType?.MediaType);
        var problem = await ApiClient.JsonAsync(asked);
        Assert.Equal("password_change_required", problem.GetProperty("code").GetString());
        Assert.Contains("newPassword", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var weak = await http.PostAsJsonAsync("/api/v1/auth/login",
            new { username = member.UserName, password = member.Password, totpCode = code, newPassword = "aaaaaaaa" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains(PasswordStrength.TooWeak, (await ApiClient.JsonAsync(weak)).GetProperty("errors").GetProperty("newPassword")[0].GetString(), StringComparison.Ordinal);

        // Neither refusal spent the code: the same code now opens a token, with the member's own password set.
        using var ok = await http.PostAsJsonAsync("/api/v1/auth/login",
            new { username = member.UserName, password = member.Password, totpCode = code, newPassword = OwnPassword });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False((await UserAsync(member.Id)).MustChangePassword);
        using var again = await BackOfficeStaff.LoginAsync(http, member with { Password = OwnPassword }, await BackOfficeStaff.CodeAsync(factory, member));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    // The password step, then the enrolment page (first time) or the code; returns where the sign-in goes next.
    private async Task<string> PasswordAndCodeAsync(PageClient browser, TestStaff member)
    {
        using var password = await browser.SubmitAsync("/Staf/Masuk",
            new Dictionary<string, string?> { ["Input.Username"] = member.UserName, ["Input.Password"] = member.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var next = password.Headers.Location!.PathAndQuery();
        var form = next.StartsWith("/Staf/Autentikator", StringComparison.Ordinal) ? "main form[method=post]" : "#form-kode";
        using var code = await browser.SubmitAsync(next, new Dictionary<string, string?> { ["Code"] = await BackOfficeStaff.CodeAsync(factory, member) }, formSelector: form);
        Assert.True(code.StatusCode == HttpStatusCode.Redirect, "The code was refused: " + PageClient.ErrorsOn(await PageClient.ParseAsync(code)));
        return code.Headers.Location!.PathAndQuery();
    }

    private async Task<TestStaff> StaffAsync(string name, string password, string[]? create = null)
    {
        await using var scope = factory.CreateScope();
        if (create is not null)
        {
            var made = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(name, create, password);
            Assert.True(made.User is not null, string.Join(" ", made.Errors));
        }

        var user = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.SingleAsync(u => u.UserName == name);
        return new TestStaff(user.Id, name, password, create ?? []);
    }

    private async Task<AppUser> UserAsync(string id)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }
}
