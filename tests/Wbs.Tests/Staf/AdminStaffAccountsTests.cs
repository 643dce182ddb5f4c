using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>The admin's staff pages: create, re-role, disable and enable, reset the authenticator; all audited.</summary>
public sealed class AdminStaffAccountsTests : IAsyncLifetime
{
    private readonly WbsFactory factory = new();
    private TestStaff admin = null!;
    private PageClient browser = null!;

    public async Task InitializeAsync()
    {
        admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        browser = await BackOfficeStaff.PagesAsync(factory, admin);
    }

    public Task DisposeAsync()
    {
        browser.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tambah_WithRolesAndPassword_CreatesTheAccount_ListedWithItsRoles()
    {
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "irban1.budi"), ("Input.Roles", StaffRoles.Verifikator), ("Input.Roles", StaffRoles.Inspektur),
            ("Input.Password", "sandi awal yang cukup panjang"));

        var page = await PageClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("irban1.budi", page.QuerySelector("[data-created]")?.GetAttribute("data-created"));
        Assert.Null(page.QuerySelector("[data-generated-password]"));
        Assert.DoesNotContain("otpauth://", page.Source.Text, StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/Staf/Admin/Petugas");
        var row = list.QuerySelector("tr[data-username='irban1.budi']");
        Assert.NotNull(row);
        Assert.Equal("Verifikator, Inspektur", row.QuerySelector("[data-roles]")!.TextContent.Trim());
        Assert.Contains("Belum didaftarkan", row.TextContent, StringComparison.Ordinal);
        var entry = await LastAuditAsync(AuditActions.StaffAccount);
        Assert.Equal(admin.UserName, entry.Actor);
        Assert.Equal("petugas:irban1.budi", entry.Subject);
    }

    [Fact]
    public async Task Tambah_WithoutPassword_ShowsAGeneratedPasswordThatSignsIn()
    {
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "upg.sari"), ("Input.Roles", StaffRoles.Upg), ("Input.Password", ""));

        var page = await PageClient.ParseAsync(response);
        var password = page.QuerySelector("[data-generated-password]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(password));
        using var api = factory.CreateApiClient();
        using var login = await BackOfficeStaff.LoginAsync(api.Http, new TestStaff("", "upg.sari", password, []), "000000");
        var problem = await ApiClient.JsonAsync(login);
        // The password is right: the login stops there, as the member must first replace the admin's password with their own.
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal("password_change_required", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("", "sandi awal yang cukup panjang", true, "Nama pengguna wajib diisi.")]
    [InlineData("nama dengan spasi", "sandi awal yang cukup panjang", true, "Nama pengguna hanya boleh")]
    [InlineData("tanpa.peran", "sandi awal yang cukup panjang", false, "Pilih sedikitnya satu peran.")]
    [InlineData("sandi.pendek", "pendek", true, "8")]
    public async Task Tambah_WithBadInput_ShowsTheProblem_AndCreatesNothing(string username, string password, bool withRole, string message)
    {
        (string, string)[] fields = [("Input.Username", username), ("Input.Password", password), .. withRole ? [("Input.Roles", StaffRoles.Verifikator)] : Array.Empty<(string, string)>()];
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form", fields);

        var page = await PageClient.ParseAsync(response);
        Assert.Contains(message, PageClient.ErrorsOn(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-created]"));
        await using var scope = factory.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.CountAsync(u => u.IsStaff));
    }

    [Fact]
    public async Task Tambah_ExistingUsername_IsRefused()
    {
        using var response = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", admin.UserName), ("Input.Roles", StaffRoles.Upg), ("Input.Password", "sandi awal yang cukup panjang"));

        var page = await PageClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-created]"));
        Assert.NotEmpty(PageClient.ErrorsOn(page));
    }

    [Fact]
    public async Task Roles_Changed_AreListed_AndEndTheMembersOpenSessions()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        using var memberApi = await BackOfficeStaff.ApiAsync(factory, member);
        using var memberPages = await BackOfficeStaff.PagesAsync(factory, member);
        using (var before = await memberPages.Http.GetAsync("/Staf/Ekspor?format=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var response = await browser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", "form[data-form=roles]",
            ("Roles", StaffRoles.Inspektur), ("Roles", StaffRoles.Upg));

        var page = await browser.FollowAsync(response);
        Assert.Contains("Peran", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/Staf/Admin/Petugas");
        Assert.Equal("Inspektur, UPG", list.QuerySelector($"tr[data-username='{member.UserName}'] [data-roles]")!.TextContent.Trim());
        using var pageAfter = await memberPages.Http.GetAsync("/Staf/Ekspor?format=csv");
        Assert.Equal(HttpStatusCode.Redirect, pageAfter.StatusCode);
        Assert.StartsWith("/Staf/Masuk", pageAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var apiAfter = await memberApi.Http.GetAsync("/api/v1/staff/reports");
        Assert.Equal(HttpStatusCode.Unauthorized, apiAfter.StatusCode);
        Assert.Equal("peran Verifikator -> Inspektur,UPG", (await LastAuditAsync(AuditActions.StaffAccount)).Detail);
    }

    [Fact]
    public async Task Disable_EndsSessionsAndRefusesLogin_Enable_LetsTheMemberBackIn()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        using var memberApi = await BackOfficeStaff.ApiAsync(factory, member);

        using (var disabled = await browser.SubmitAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", new Dictionary<string, string?>(), formSelector: "form[data-form=disable]"))
        {
            var page = await browser.FollowAsync(disabled);
            Assert.Equal("Nonaktif", page.QuerySelector("[data-state]")!.TextContent.Trim());
        }

        using (var stale = await memberApi.Http.GetAsync("/api/v1/staff/reports"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        }

        using (var refused = await BackOfficeStaff.LoginAsync(memberApi.Http, member, await BackOfficeStaff.CodeAsync(factory, member)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("Nama samaran atau kata sandi salah.", (await ApiClient.JsonAsync(refused)).GetProperty("detail").GetString());
        }

        using (var enabled = await browser.SubmitAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", new Dictionary<string, string?>(), formSelector: "form[data-form=enable]"))
        {
            var page = await browser.FollowAsync(enabled);
            Assert.Equal("Aktif", page.QuerySelector("[data-state]")!.TextContent.Trim());
        }

        using var login = await BackOfficeStaff.LoginAsync(factory.CreateClient(), member, await BackOfficeStaff.CodeAsync(factory, member));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        await using var scope = factory.CreateScope();
        var details = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .Where(e => e.Action == AuditActions.StaffAccount && e.Subject == "petugas:" + member.UserName).Select(e => e.Detail).ToListAsync();
        Assert.Equal(["dinonaktifkan", "diaktifkan"], details);
    }

    [Fact]
    public async Task OwnAccount_CannotBeDisabledOrChangeItsRoles()
    {
        var page = await browser.GetPageAsync($"/Staf/Admin/Petugas/Ubah/{admin.Id}");
        Assert.Null(page.QuerySelector("form[data-form=disable]"));

        using var withoutAdmin = await browser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{admin.Id}", "form[data-form=roles]", ("Roles", StaffRoles.Verifikator));
        var refused = await PageClient.ParseAsync(withoutAdmin);
        Assert.Contains("tidak dapat mengubah peran akun Anda sendiri", PageClient.ErrorsOn(refused), StringComparison.Ordinal);
        using (var withInspektur = await browser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{admin.Id}", "form[data-form=roles]",
            ("Roles", StaffRoles.Admin), ("Roles", StaffRoles.Inspektur)))
        {
            Assert.Contains("tidak dapat mengubah peran akun Anda sendiri", PageClient.ErrorsOn(await PageClient.ParseAsync(withInspektur)), StringComparison.Ordinal);
        }

        var token = refused.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var disable = await browser.Http.PostAsync($"/Staf/Admin/Petugas/Ubah/{admin.Id}?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Contains("menonaktifkan akun Anda sendiri", PageClient.ErrorsOn(await PageClient.ParseAsync(disable)), StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/Staf/Admin/Petugas");
        Assert.Equal("Admin", list.QuerySelector($"tr[data-username='{admin.UserName}'] [data-roles]")!.TextContent.Trim());
        Assert.Equal("Aktif", list.QuerySelector($"tr[data-username='{admin.UserName}'] [data-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ResetAuthenticator_SendsTheMemberBackToEnrolment()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        using var memberApi = await BackOfficeStaff.ApiAsync(factory, member);

        using var response = await browser.SubmitAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", new Dictionary<string, string?>(), formSelector: "form[data-form=reset-authenticator]");

        var page = await browser.FollowAsync(response);
        Assert.StartsWith("Belum didaftarkan", page.QuerySelector("[data-enrolled]")!.TextContent.Trim(), StringComparison.Ordinal);
        using var stale = await memberApi.Http.GetAsync("/api/v1/staff/reports");
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        using var login = await BackOfficeStaff.LoginAsync(factory.CreateClient(), member, await BackOfficeStaff.CodeAsync(factory, member));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("autentikator direset", (await LastAuditAsync(AuditActions.StaffAccount)).Detail);
    }

    [Fact]
    public async Task Ubah_UnknownOrReporterAccount_Answers404()
    {
        using var reporterApi = factory.CreateApiClient();
        var reporter = await reporterApi.SignUpAsync();
        await using var scope = factory.CreateScope();
        var reporterId = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Users.Where(u => u.UserName == reporter.Username).Select(u => u.Id).SingleAsync();

        using var unknown = await browser.Http.GetAsync("/Staf/Admin/Petugas/Ubah/" + Guid.NewGuid());
        using var reporterPage = await browser.Http.GetAsync("/Staf/Admin/Petugas/Ubah/" + reporterId);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reporterPage.StatusCode);
    }

    [Fact]
    public async Task StrictSeparation_AdminNeverCombinesWithAContentRole()
    {
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);

        using var ubah = await browser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", "form[data-form=roles]",
            ("Roles", StaffRoles.Admin), ("Roles", StaffRoles.Inspektur));
        using var tambah = await browser.PostFieldsAsync("/Staf/Admin/Petugas/Tambah", "main form",
            ("Input.Username", "admin.kedua"), ("Input.Roles", StaffRoles.Admin), ("Input.Roles", StaffRoles.Upg), ("Input.Password", "sandi awal yang cukup panjang"));

        Assert.Contains("Pemisahan tugas", PageClient.ErrorsOn(await PageClient.ParseAsync(ubah)), StringComparison.Ordinal);
        Assert.Contains("Pemisahan tugas", PageClient.ErrorsOn(await PageClient.ParseAsync(tambah)), StringComparison.Ordinal);
        var list = await browser.GetPageAsync("/Staf/Admin/Petugas");
        Assert.Equal("Admin", list.QuerySelector($"tr[data-username='{member.UserName}'] [data-roles]")!.TextContent.Trim());
        Assert.Null(list.QuerySelector("tr[data-username='admin.kedua']"));
    }

    [Fact]
    public async Task ContentRoleGrant_IsAuditedAndShownOnTheInspekturInbox()
    {
        var inspektur = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        var member = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);

        using (await browser.PostFieldsAsync($"/Staf/Admin/Petugas/Ubah/{member.Id}", "form[data-form=roles]", ("Roles", StaffRoles.Inspektur)))
        {
        }

        var grant = await LastAuditAsync(AuditActions.ContentRoleGrant);
        Assert.Equal(admin.UserName, grant.Actor);
        Assert.Equal("petugas:" + member.UserName, grant.Subject);
        Assert.Equal(StaffRoles.Inspektur, grant.Detail);
        using var inspekturPages = await BackOfficeStaff.PagesAsync(factory, inspektur);
        var inbox = await inspekturPages.GetPageAsync("/Staf");
        var notice = inbox.QuerySelector("[data-role-grants]")?.TextContent ?? "";
        Assert.Contains($"{admin.UserName} memberi peran Inspektur kepada {member.UserName}", System.Text.RegularExpressions.Regex.Replace(notice, @"\s+", " "), StringComparison.Ordinal);
    }

    private async Task<AuditEntry> LastAuditAsync(string action)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries.Where(e => e.Action == action).OrderByDescending(e => e.Sequence).FirstAsync();
    }
}
