using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>
/// A staff member created as an admin would (through StaffAccounts), with the authenticator app a test carries:
/// it computes codes from the account's secret and never offers the same time step twice.
/// </summary>
public sealed class StaffMember(WbsFactory factory, string username, string password, string id, IReadOnlyList<string> roles)
{
    public const string DefaultPassword = "sandi petugas yang panjang";

    /// <summary>The password an admin gives a new account; the member replaces it at the first sign-in.</summary>
    public const string AdminPassword = "sandi awal dari admin kepegawaian";

    private long lastStep = -1;

    public string Username => username;
    public string Password => password;
    public string Id => id;
    public IReadOnlyList<string> Roles => roles;

    public static async Task<StaffMember> CreateAsync(WbsFactory factory, params string[] roles)
    {
        var username = (roles.Length == 0 ? "petugas" : string.Join("", roles).ToLowerInvariant()) + "_" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = factory.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var created = await accounts.CreateAsync(username, roles, AdminPassword);
        Assert.True(created.User is not null, "Creating staff failed: " + string.Join(" ", created.Errors));

        // An established member: they have already replaced the admin's password with their own.
        Assert.Empty(await accounts.ChooseOwnPasswordAsync(created.User, DefaultPassword));
        return new StaffMember(factory, username, DefaultPassword, created.User.Id, roles);
    }

    /// <summary>The app's present time (the factory's clock when a test set one).</summary>
    public DateTime Now => (factory.Clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>A code the authenticator shows for a time step not used before (the next one when the current was used).</summary>
    public async Task<string> NextCodeAsync()
    {
        var now = Now;
        var step = new DateTimeOffset(now).ToUnixTimeSeconds() / 30;
        var at = step > lastStep ? now : now.AddSeconds(30 * (lastStep + 1 - step));
        Assert.True(lastStep + 1 - step <= 1, "The test asked for more codes than the verification window allows.");
        lastStep = Math.Max(step, lastStep + 1);
        return await CodeAtAsync(at);
    }

    /// <summary>The code for a moment, as the authenticator would show it then.</summary>
    public async Task<string> CodeAtAsync(DateTime utc)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException("Staff member vanished.");
        return scope.ServiceProvider.GetRequiredService<StaffAccounts>().CurrentCode(user, utc);
    }

    public async Task<AppUser> LoadAsync()
    {
        await using var scope = factory.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id))!;
    }

    /// <summary>Name and password on /Staf/Masuk; returns the answer (a redirect to the code or enrolment step when right).</summary>
    public Task<HttpResponseMessage> SubmitPasswordAsync(PageClient browser, string? password = null) =>
        browser.SubmitAsync("/Staf/Masuk", new Dictionary<string, string?> { ["Input.Username"] = username, ["Input.Password"] = password ?? Password });

    /// <summary>Signs in through the pages: password, then enrolment (first time) or the code; ends on the inbox.</summary>
    public async Task<IHtmlDocument> SignInAsync(PageClient browser)
    {
        using var password = await SubmitPasswordAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var next = password.Headers.Location!.PathAndQuery();
        var formSelector = next.StartsWith("/Staf/Autentikator", StringComparison.Ordinal) ? "main form[method=post]" : "#form-kode";
        using var code = await browser.SubmitAsync(next, new Dictionary<string, string?> { ["Code"] = await NextCodeAsync() }, formSelector: formSelector);
        if (code.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail("The authenticator code was refused: " + PageClient.ErrorsOn(await PageClient.ParseAsync(code)));
        }

        return await browser.FollowAsync(code);
    }

    /// <summary>A browser signed in as this staff member.</summary>
    public async Task<PageClient> BrowserAsync()
    {
        var browser = factory.CreatePageClient();
        await SignInAsync(browser);
        return browser;
    }
}
