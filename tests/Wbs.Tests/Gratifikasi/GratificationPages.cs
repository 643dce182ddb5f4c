using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Security;

namespace Wbs.Tests.Gratifikasi;

/// <summary>
/// An app whose clock stands still on Thursday 24 September 2026, 10.00 WITA, so receipt dates and legal deadlines
/// are fixed; the seeded national holidays of August 2026 (17th and 25th) fall inside the counted days.
/// </summary>
public sealed class GratificationFactory : WbsFactory
{
    public static readonly DateOnly Today = new(2026, 9, 24);

    public GratificationFactory()
    {
        Clock = new AdjustableClock(new DateTimeOffset(2026, 9, 24, 2, 0, 0, TimeSpan.Zero));
    }
}

/// <summary>Drives the reporter's gratification pages as a browser would.</summary>
public static partial class GratificationPages
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The form's values for a draft, the statement ticked unless told otherwise.</summary>
    public static Dictionary<string, string?> Form(GratificationDraft draft, bool statement = true)
    {
        var values = new Dictionary<string, string?>();
        foreach (var property in typeof(GratificationDraft).GetProperties())
        {
            values["Input." + property.Name] = (string?)property.GetValue(draft);
        }

        values["Statement"] = statement ? "true" : null;
        return values;
    }

    public static GratificationDraft Draft() => GratificationSamples.Draft(GratificationFactory.Today);

    public static async Task<HttpResponseMessage> SubmitAsync(PageClient browser, IDictionary<string, string?> values, IReadOnlyList<UploadFile>? files = null)
    {
        var page = await browser.GetPageAsync("/Gratifikasi/Tambah");
        return await browser.SubmitAsync(page, "/Gratifikasi/Tambah", values, files, formSelector: "#grt-form");
    }

    /// <summary>Submits a valid report through the form and returns the number the list announces.</summary>
    public static async Task<string> SubmitValidAsync(PageClient browser, GratificationDraft? draft = null, IReadOnlyList<UploadFile>? files = null)
    {
        using var response = await SubmitAsync(browser, Form(draft ?? Draft()), files);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail("Lapor Gratifikasi did not redirect: " + PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
        }

        var list = await browser.FollowAsync(response);
        var number = list.QuerySelector("[role=status] .reg-number")?.TextContent.Trim();
        Assert.Matches(NumberPattern(), number);
        return number!;
    }

    /// <summary>Changes a stored report behind the pages, as the UPG's work would.</summary>
    public static async Task ChangeAsync(WbsFactory factory, string number, Action<GratificationReport, WbsDbContext, ContentSealer> change)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number);
        change(report, db, scope.ServiceProvider.GetRequiredService<ContentSealer>());
        await db.SaveChangesAsync();
    }

    /// <summary>The legal deadline counted here by hand: 30 weekdays after receipt that are not holidays.</summary>
    public static async Task<(DateOnly Deadline, int WorkingDaysLeft)> ExpectedDeadlineAsync(WbsFactory factory, DateOnly received, DateOnly today)
    {
        await using var scope = factory.CreateScope();
        var holidays = (await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Holidays.Select(h => h.Date).ToListAsync()).ToHashSet();
        bool Working(DateOnly day) => day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday && !holidays.Contains(day);
        var deadline = received;
        for (var counted = 0; counted < 30;)
        {
            deadline = deadline.AddDays(1);
            counted += Working(deadline) ? 1 : 0;
        }

        var left = 0;
        for (var day = today.AddDays(1); day <= deadline; day = day.AddDays(1))
        {
            left += Working(day) ? 1 : 0;
        }

        return (deadline, left);
    }

    public static string LongDate(DateOnly day) => day.ToString("dddd, d MMMM yyyy", Indonesian);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^GRT-2026-\d{5}$")]
    public static partial Regex NumberPattern();
}
