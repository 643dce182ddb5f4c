using System.Diagnostics;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;
using Wbs.Web.Features.Akun;

namespace Wbs.Tests.Akun;

/// <summary>
/// Neither sign-in nor the password reset may tell by its timing whether a name exists: an unknown name costs the same
/// password hash as a known one. Many alternating trials, compared by median, with a tolerance (each side at least half
/// the other) that a busy machine does not break but that the 8 ms against 120 ms of a skipped hash clearly fails.
/// </summary>
public sealed class EnumerationTimingTests : IAsyncLifetime
{
    // SignInBackoff delays a name after three failures: each known name is tried at most three times.
    private const int Names = 6;
    private const int TriesPerName = 3;

    private readonly WbsFactory factory = new()
    {
        Settings =
        {
            ["Wbs:RateLimits:LoginPerAddressPerMinute"] = "100000",
            ["Wbs:RateLimits:PasswordResetPerAddressPer10Minutes"] = "100000",
        },
    };

    private readonly List<string> reporters = [];
    private readonly List<string> staff = [];

    public async Task InitializeAsync()
    {
        await using var scope = factory.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<ReporterAccounts>();
        for (var i = 0; i < Names; i++)
        {
            var name = "pelapor.waktu" + i + Guid.NewGuid().ToString("N")[..6];
            var registered = await accounts.RegisterAsync(new RegistrationRequest(name, Reporter.DefaultPassword, "0812" + Random.Shared.Next(1000000, 9999999), null));
            Assert.True(registered.IsOk, string.Join(" ", registered.Errors.Values));
            reporters.Add(name);
            staff.Add((await StaffMember.CreateAsync(factory, StaffRoles.Verifikator)).Username);
        }
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ReporterSignInPage_TakesAsLongForAnUnknownNameAsForAKnownOne()
    {
        using var browser = factory.CreatePageClient();
        await AssertSameTimingAsync(reporters, name => PostAsync(browser, "/Akun/Masuk",
            new Dictionary<string, string?> { ["Input.Username"] = name, ["Input.Password"] = "bukan kata sandinya sama sekali" }));
    }

    [Fact]
    public async Task StaffSignInPage_TakesAsLongForAnUnknownNameAsForAStaffName()
    {
        using var browser = factory.CreatePageClient();
        await AssertSameTimingAsync(staff, name => PostAsync(browser, "/Staf/Masuk",
            new Dictionary<string, string?> { ["Input.Username"] = name, ["Input.Password"] = "bukan kata sandinya sama sekali" }));
    }

    [Fact]
    public async Task PasswordResetPage_TakesAsLongForAnUnknownNameAsForAKnownOne()
    {
        using var browser = factory.CreatePageClient();
        await AssertSameTimingAsync(reporters, name => PostAsync(browser, "/Akun/LupaSandi", new Dictionary<string, string?>
        {
            ["Input.Username"] = name, ["Input.RecoveryCode"] = "ABCD-EFGH-JKLM-NPQR",
            ["Input.NewPassword"] = "kalimat baru yang cukup panjang", ["Input.ConfirmPassword"] = "kalimat baru yang cukup panjang",
        }));
    }

    [Fact]
    public async Task ApiLogin_TakesAsLongForAnUnknownNameAsForAReporterOrAStaffName()
    {
        using var http = factory.CreateClient();
        async Task<TimeSpan> Login(string name)
        {
            var watch = Stopwatch.StartNew();
            using var answer = await http.PostAsJsonAsync("/api/v1/auth/login", new { username = name, password = "bukan kata sandinya sama sekali" });
            watch.Stop();
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, answer.StatusCode);
            return watch.Elapsed;
        }

        await AssertSameTimingAsync(reporters, Login);
        await AssertSameTimingAsync(staff, Login);
    }

    // Times only the POST (the form was fetched before), alternating known and unknown names.
    private static async Task<TimeSpan> PostAsync(PageClient browser, string url, Dictionary<string, string?> values)
    {
        IHtmlDocument page = await browser.GetPageAsync(url);
        var watch = Stopwatch.StartNew();
        using var answer = await browser.SubmitAsync(page, url, values);
        watch.Stop();
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        return watch.Elapsed;
    }

    private static async Task AssertSameTimingAsync(List<string> known, Func<string, Task<TimeSpan>> attempt)
    {
        // One untimed round warms up the code paths of both kinds.
        await attempt(known[0]);
        await attempt("tidak.ada." + Guid.NewGuid().ToString("N")[..8]);

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var round = 0; round < TriesPerName - 1; round++)
        {
            foreach (var name in known)
            {
                knownTimes.Add((await attempt(name)).TotalMilliseconds);
                unknownTimes.Add((await attempt("tidak.ada." + Guid.NewGuid().ToString("N")[..8])).TotalMilliseconds);
            }
        }

        var (knownMedian, unknownMedian) = (Median(knownTimes), Median(unknownTimes));
        var figures = $"known median {knownMedian:F0} ms, unknown median {unknownMedian:F0} ms over {knownTimes.Count} trials each";
        Assert.True(unknownMedian >= knownMedian / 2, "An unknown name answers much faster: " + figures);
        Assert.True(knownMedian >= unknownMedian / 2, "A known name answers much faster: " + figures);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
