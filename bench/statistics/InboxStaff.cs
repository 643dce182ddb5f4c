using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.StatisticsBench;

/// <summary>
/// The staff the inbox bench signs in as: an Inspektur (bench-inspektur) and five Verifikators (bench-verifikator-1..5),
/// all with the password given as <c>--staff-password</c>; and the sign-in through the pages, as a browser does it
/// (password, then the authenticator code computed from the account's secret), printing the cookie header.
/// </summary>
internal static partial class InboxStaff
{
    public const string Inspektur = "bench-inspektur";

    public static async Task<string[]> CreateAsync(IServiceProvider services, BenchOptions options)
    {
        var password = options.Text("staff-password") ?? throw new ArgumentException("--inbox 1 needs --staff-password.");
        var accounts = services.GetRequiredService<StaffAccounts>();
        var db = services.GetRequiredService<WbsDbContext>();
        var ids = new List<string>();
        foreach (var (name, role) in new[] { (Inspektur, StaffRoles.Inspektur) }.Concat(Enumerable.Range(1, 5).Select(i => ($"bench-verifikator-{i}", StaffRoles.Verifikator))))
        {
            var created = await accounts.CreateAsync(name, [role], password);
            var user = created.User ?? throw new InvalidOperationException(string.Join(" ", created.Errors));
            // The bench signs in with the password it was given; a member would choose their own first.
            user.MustChangePassword = false;
            if (role == StaffRoles.Verifikator)
            {
                ids.Add(user.Id);
            }
        }

        await db.SaveChangesAsync();
        return [.. ids];
    }

    /// <summary><c>signin --url U --username N --password P</c>: prints <c>Cookie: …</c> for a signed-in staff browser.</summary>
    public static async Task<int> SignInAsync(BenchOptions options)
    {
        var url = new Uri(options.Text("url") ?? throw new ArgumentException("--url is required."));
        if (!IPAddress.IsLoopback(IPAddress.Parse(url.Host)))
        {
            throw new ArgumentException("The bench only talks to a loopback address.");
        }

        var username = options.Text("username") ?? Inspektur;
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = url };
        var next = await PostFormAsync(http, "/Staf/Masuk", "Input.Password", new()
        {
            ["Input.Username"] = username,
            ["Input.Password"] = options.Text("password") ?? throw new ArgumentException("--password is required."),
        });
        await using (var app = await options.BuildAppServicesAsync())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(username)
                ?? throw new InvalidOperationException($"No account {username}.");
            var current = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var step = Math.Max(current, (user.LastTotpStep ?? -1) + 1);
            var code = scope.ServiceProvider.GetRequiredService<StaffAccounts>().CurrentCode(user, DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
            await PostFormAsync(http, next, "Code", new() { ["Code"] = code });
        }

        Console.WriteLine("Cookie: " + string.Join("; ", cookies.GetCookies(url).Select(c => $"{c.Name}={c.Value}")));
        return 0;
    }

    // Posts the fields with the anti-forgery token of the page's form that holds the field named; returns where it redirects.
    private static async Task<string> PostFormAsync(HttpClient http, string page, string field, Dictionary<string, string> fields)
    {
        var html = await http.GetStringAsync(page);
        var form = FormRegex().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains($"name=\"{field}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No form with {field} on {page}.");
        var token = TokenRegex().Match(form).Groups[1].Value;
        var action = ActionRegex().Match(form) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : page;
        fields["__RequestVerificationToken"] = token;
        using var response = await http.PostAsync(action, new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{page} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[\\s\\S]*?</form>", RegexOptions.IgnoreCase)]
    private static partial Regex FormRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex ActionRegex();
}
