using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Staff;

namespace Wbs.Tests.BackOffice;

/// <summary>A staff account a test made, with the password it was given.</summary>
public sealed record TestStaff(string Id, string UserName, string Password, IReadOnlyList<string> Roles);

/// <summary>
/// Staff for back-office tests: accounts made through StaffAccounts (as the admin page and the command do), API
/// tokens from the real login with a TOTP code, and page sessions carrying the cookie StaffAuth.SignInAsync issues
/// after a completed sign-in with the authenticator.
/// </summary>
public static class BackOfficeStaff
{
    public const string Password = "sandi petugas yang panjang";

    public static async Task<TestStaff> CreateAsync(WbsFactory factory, params string[] roles)
    {
        await using var scope = factory.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var name = "petugas." + Guid.NewGuid().ToString("N")[..10];
        var created = await accounts.CreateAsync(name, roles, Password);
        Assert.True(created.User is not null, string.Join("; ", created.Errors));
        return new TestStaff(created.User!.Id, name, Password, roles);
    }

    /// <summary>Enrols the authenticator with the code of the previous 30-second step, as the member would.</summary>
    public static async Task EnrolAsync(WbsFactory factory, TestStaff staff)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var user = (await users.FindByIdAsync(staff.Id))!;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        Assert.True(await accounts.VerifyCodeAsync(user, accounts.CurrentCode(user, now.AddSeconds(-30))), "Enrolment code refused.");
    }

    /// <summary>The code the member's authenticator shows at the app's current time plus <paramref name="ahead"/>.</summary>
    public static async Task<string> CodeAsync(WbsFactory factory, TestStaff staff, TimeSpan ahead = default)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return accounts.CurrentCode((await users.FindByIdAsync(staff.Id))!, now + ahead);
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient http, TestStaff staff, string? totpCode) =>
        http.PostAsJsonAsync("/api/v1/auth/login", new { username = staff.UserName, password = staff.Password, totpCode });

    /// <summary>Enrols (once) and logs in through POST /api/v1/auth/login; the client then sends the staff token.</summary>
    public static async Task<ApiClient> ApiAsync(WbsFactory factory, TestStaff staff, bool enrol = true)
    {
        if (enrol)
        {
            await EnrolAsync(factory, staff);
        }

        var api = factory.CreateApiClient();
        using var login = await LoginAsync(api.Http, staff, await CodeAsync(factory, staff));
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"Staff login answered {(int)login.StatusCode}: {body}");
        api.UseToken(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!);
        return api;
    }

    /// <summary>A browser holding the staff cookie of a completed sign-in (password and authenticator code).</summary>
    public static async Task<PageClient> PagesAsync(WbsFactory factory, TestStaff staff)
    {
        _ = factory.Server;
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(staff.Id))!;
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("localhost");
        await StaffAuth.SignInAsync(http, user, await users.GetRolesAsync(user), mfa: true);

        var cookies = new CookieContainer();
        foreach (var header in http.Response.Headers.SetCookie)
        {
            cookies.SetCookies(new Uri("http://localhost"), header!);
        }

        return new PageClient(factory.CreateDefaultClient(new CookieContainerHandler(cookies)));
    }
}

public static class FormPosts
{
    /// <summary>
    /// Posts exactly the given fields (a name may repeat, as ticked checkboxes do) plus the anti-forgery token to the
    /// action of the form <paramref name="formSelector"/> on <paramref name="pageUrl"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this PageClient browser, string pageUrl, string formSelector, params (string Name, string Value)[] fields)
    {
        var page = await browser.GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The form has no anti-forgery token.");
        var action = form.GetAttribute("action");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(body);
        return await browser.Http.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }
}
