using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>A staff account a test made, with the password it was given.</summary>
public sealed record TestStaff(string Id, string UserName, string Password, IReadOnlyList<string> Roles);

/// <summary>
/// Staff for back-office tests: accounts made through StaffAccounts (as the admin page and the command do), page
/// sessions through the staff sign-in pages, API tokens through POST /api/v1/auth/login with a TOTP code. Codes
/// come from the account's secret and always use a time step the account has not used yet.
/// </summary>
public static class BackOfficeStaff
{
    public const string Password = "sandi petugas yang panjang";

    public static async Task<TestStaff> CreateAsync(WbsFactory factory, params string[] roles)
    {
        await using var scope = factory.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var name = "petugas." + Guid.NewGuid().ToString("N")[..10];
        var created = await accounts.CreateAsync(name, roles, StaffMember.AdminPassword);
        Assert.True(created.User is not null, string.Join("; ", created.Errors));

        // An established member, who has already replaced the admin's password with their own.
        Assert.Empty(await accounts.ChooseOwnPasswordAsync(created.User!, Password));
        return new TestStaff(created.User!.Id, name, Password, roles);
    }

    /// <summary>Enrols the authenticator (once) with the previous step's code, as the enrolment page would.</summary>
    public static async Task EnrolAsync(WbsFactory factory, TestStaff staff)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var user = (await users.FindByIdAsync(staff.Id))!;
        if (user.TwoFactorEnabled)
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        Assert.Equal(CodeCheck.Accepted, await accounts.VerifyCodeAsync(user, accounts.CurrentCode(user, now.AddSeconds(-30))));
    }

    /// <summary>The code of the earliest time step, from now on, that the account has not used (at most one step ahead).</summary>
    public static async Task<string> CodeAsync(WbsFactory factory, TestStaff staff)
    {
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var user = (await users.FindByIdAsync(staff.Id))!;
        var current = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() / 30;
        var step = Math.Max(current, (user.LastTotpStep ?? -1) + 1);
        Assert.True(step <= current + 1, "The test used more codes than the verification window allows.");
        return accounts.CurrentCode(user, DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient http, TestStaff staff, string? totpCode) =>
        http.PostAsJsonAsync("/api/v1/auth/login", new { username = staff.UserName, password = staff.Password, totpCode });

    /// <summary>Enrols (when needed) and logs in through the API; the client then sends the staff token.</summary>
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

    /// <summary>A browser signed in through /Staf/Masuk: the password, then the enrolment page or the code step.</summary>
    public static async Task<PageClient> PagesAsync(WbsFactory factory, TestStaff staff)
    {
        var browser = factory.CreatePageClient();
        using var password = await browser.SubmitAsync("/Staf/Masuk",
            new Dictionary<string, string?> { ["Input.Username"] = staff.UserName, ["Input.Password"] = staff.Password });
        Assert.True(password.StatusCode == HttpStatusCode.Redirect, "The staff password step did not redirect: " + PageClient.ErrorsOn(await PageClient.ParseAsync(password)));
        var next = password.Headers.Location!.PathAndQuery();
        var form = next.StartsWith("/Staf/Autentikator", StringComparison.Ordinal) ? "main form[method=post]" : "#form-kode";
        using var code = await browser.SubmitAsync(next, new Dictionary<string, string?> { ["Code"] = await CodeAsync(factory, staff) }, formSelector: form);
        Assert.True(code.StatusCode == HttpStatusCode.Redirect, "The authenticator code was refused: " + PageClient.ErrorsOn(await PageClient.ParseAsync(code)));
        return browser;
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
