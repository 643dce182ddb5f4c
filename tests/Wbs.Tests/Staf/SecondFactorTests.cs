using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>The authenticator step: wrong codes lock it whatever the password does, each code works once, all audited.</summary>
public class SecondFactorTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Api_WrongCodesAfterTheRightPassword_LockTheCodeStepEvenForTheRightCode()
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(factory, staff);
        using var http = factory.CreateClient();

        for (var i = 1; i < StaffAccounts.MaxCodeFailures; i++)
        {
            using var wrong = await BackOfficeStaff.LoginAsync(http, staff, Wrong(await BackOfficeStaff.CodeAsync(factory, staff)));
            Assert.Equal(StaffSignIn.WrongCode, (await ApiClient.JsonAsync(wrong)).GetProperty("detail").GetString());
        }

        using var last = await BackOfficeStaff.LoginAsync(http, staff, Wrong(await BackOfficeStaff.CodeAsync(factory, staff)));
        using var right = await BackOfficeStaff.LoginAsync(http, staff, await BackOfficeStaff.CodeAsync(factory, staff));

        Assert.Equal(StaffSignIn.LockedOut, (await ApiClient.JsonAsync(last)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(StaffSignIn.LockedOut, (await ApiClient.JsonAsync(right)).GetProperty("detail").GetString());
        var actions = await AuditOfAsync(staff.UserName);
        Assert.Equal(StaffAccounts.MaxCodeFailures, actions.Count(a => a == AuditActions.SignInFailed));
        Assert.Single(actions, AuditActions.CodeLockout);
        Assert.DoesNotContain(AuditActions.SignIn, actions);
    }

    [Fact]
    public async Task Pages_TypingThePasswordAgain_DoesNotResetTheCodeFailures()
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(factory, staff);
        using var browser = factory.CreatePageClient();
        string? lastError = null;

        for (var i = 0; i < StaffAccounts.MaxCodeFailures; i++)
        {
            using (var password = await PasswordAsync(browser, staff))
            {
                Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            }

            using var code = await browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Code"] = Wrong(await BackOfficeStaff.CodeAsync(factory, staff)) }, formSelector: "#form-kode");
            lastError = (await PageClient.ParseAsync(code)).FieldError("Code");
            using (await browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?>(), formSelector: "form[action*=Batal]"))
            {
            }
        }

        using (await PasswordAsync(browser, staff))
        {
        }

        using var right = await browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Code"] = await BackOfficeStaff.CodeAsync(factory, staff) }, formSelector: "#form-kode");

        Assert.Equal(StaffSignIn.LockedOut, lastError);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(StaffSignIn.LockedOut, (await PageClient.ParseAsync(right)).FieldError("Code"));
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task Api_FourParallelLoginsWithOneCode_ExactlyOneSucceeds()
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        await BackOfficeStaff.EnrolAsync(factory, staff);
        var code = await BackOfficeStaff.CodeAsync(factory, staff);
        var clients = Enumerable.Range(0, 4).Select(_ => factory.CreateClient()).ToList();
        using var start = new Barrier(4);

        var answers = await Task.WhenAll(clients.Select(http => Task.Run(async () =>
        {
            start.SignalAndWait();
            using var login = await BackOfficeStaff.LoginAsync(http, staff, code);
            return login.StatusCode;
        })));

        Assert.Single(answers, HttpStatusCode.OK);
        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.Unauthorized));
        Assert.Single(await AuditOfAsync(staff.UserName), AuditActions.SignIn);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Api_FirstRightCodeOfANewMember_CompletesEnrolmentAndIsAudited()
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        using var http = factory.CreateClient();

        using var login = await BackOfficeStaff.LoginAsync(http, staff, await BackOfficeStaff.CodeAsync(factory, staff));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(string.IsNullOrEmpty((await ApiClient.JsonAsync(login)).GetProperty("accessToken").GetString()));
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        Assert.True(await db.Users.Where(u => u.Id == staff.Id).Select(u => u.TwoFactorEnabled).SingleAsync());
        var signIn = await db.AuditEntries.Where(e => e.Actor == staff.UserName && e.Action == AuditActions.SignIn).SingleAsync();
        Assert.Equal("API", signIn.Detail);
    }

    [Fact]
    public async Task Api_WrongPasswordOfStaff_IsAuditedAndAnsweredLikeAnUnknownName()
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Verifikator);
        using var http = factory.CreateClient();

        using var wrong = await BackOfficeStaff.LoginAsync(http, staff with { Password = "bukan sandinya" }, "123456");
        using var unknown = await BackOfficeStaff.LoginAsync(http, staff with { UserName = "tidak.ada." + Guid.NewGuid().ToString("N")[..6] }, "123456");

        Assert.Equal((await unknown.Content.ReadAsStringAsync()).Length, (await wrong.Content.ReadAsStringAsync()).Length);
        Assert.Equal("Nama samaran atau kata sandi salah.", (await ApiClient.JsonAsync(wrong)).GetProperty("detail").GetString());
        Assert.Equal("Nama samaran atau kata sandi salah.", (await ApiClient.JsonAsync(unknown)).GetProperty("detail").GetString());
        Assert.Equal([AuditActions.SignInFailed], await AuditOfAsync(staff.UserName));
    }

    private static Task<HttpResponseMessage> PasswordAsync(PageClient browser, TestStaff staff) =>
        browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Input.Username"] = staff.UserName, ["Input.Password"] = staff.Password });

    // A code one digit off the right one: wrong, and in the right shape.
    private static string Wrong(string code) => (char)('0' + ((code[0] - '0' + 1) % 10)) + code[1..];

    private async Task<List<string>> AuditOfAsync(string actor)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries
            .Where(e => e.Actor == actor).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }
}
