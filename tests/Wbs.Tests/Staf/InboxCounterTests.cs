using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>
/// The inbox's figures come from counters the database keeps in the transaction of every change, and its pager reads
/// from the listed rows' numbers: both must stay right while other staff and reporters work at the same time.
/// </summary>
public class InboxCounterTests
{
    private static List<string> Numbers(IHtmlDocument inbox) =>
        inbox.QuerySelectorAll("table.inbox-table tbody tr").Select(r => r.GetAttribute("data-number")!).ToList();

    [Fact]
    public async Task Counters_AfterConcurrentStatusChangesAssignmentsAndSubmissions_MatchTheRegister()
    {
        using var factory = new BackOfficeFactory();
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            numbers.Add(await reporter.SubmitValidReportAsync());
        }

        using var inspekturA = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        using var inspekturB = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        using var inspekturC = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);

        async Task AssignAll(PageClient staff, IEnumerable<string> which)
        {
            foreach (var number in which)
            {
                using var assigned = await staff.SubmitAsync(AduanPage.Url(number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form");
                Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
            }
        }

        async Task MoveAll(PageClient staff, IEnumerable<string> which, params ComplaintStatus[] path)
        {
            foreach (var number in which)
            {
                await AduanPage.MoveAsync(staff, number, path);
            }
        }

        async Task SubmitMore()
        {
            for (var i = 0; i < 4; i++)
            {
                await reporter.SubmitValidReportAsync();
            }
        }

        await Task.WhenAll(
            Task.Run(() => MoveAll(inspekturA, numbers.Take(6), ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti)),
            Task.Run(() => MoveAll(inspekturB, numbers.Skip(6).Take(3), ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak)),
            Task.Run(async () =>
            {
                await AssignAll(inspekturC, numbers.Skip(9));
                await MoveAll(inspekturC, numbers.Skip(9).Take(2), ComplaintStatus.Verifikasi);
            }),
            Task.Run(SubmitMore));

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var register = (await db.Complaints.AsNoTracking().Select(r => new { r.Status, r.AssignedToId, r.DueOn }).ToListAsync())
            .Select(r => (Status: r.Status.ToString(), Assignee: r.AssignedToId ?? "", r.DueOn)).ToList();
        var counts = await db.InboxCounts.AsNoTracking().Where(c => c.Kind == InboxCounters.Complaint && c.Count > 0).ToListAsync();
        var deadlines = await db.InboxDeadlineCounts.AsNoTracking().Where(c => c.Kind == InboxCounters.Complaint).ToListAsync();

        Assert.Equal(16, register.Count);
        Assert.Equal(
            register.GroupBy(r => (r.Status, r.Assignee)).Select(g => (g.Key.Status, g.Key.Assignee, (long)g.Count(), (long)g.Count(r => r.DueOn != null))).Order(),
            counts.Select(c => (c.Status, c.AssignedToId, c.Count, c.WithDeadline)).Order());
        Assert.Equal(
            register.Where(r => r.DueOn != null).GroupBy(r => (r.Status, r.Assignee, r.DueOn!.Value)).Select(g => (g.Key.Status, g.Key.Assignee, g.Key.Item3, (long)g.Count())).Order(),
            deadlines.Select(c => (c.Status, c.AssignedToId, c.DueOn, c.Count)).Order());

        var inbox = await inspekturA.GetPageAsync("/Staf");
        Assert.Equal("6", inbox.Text("[data-count=Ditindaklanjuti]"));
        Assert.Equal("3", inbox.Text("[data-count=Ditolak]"));
        Assert.Equal("2", inbox.Text("[data-count=Verifikasi]"));
        Assert.Equal("5", inbox.Text("[data-count=Diterima]"));
        Assert.Equal("16", inbox.Text("[data-count=semua]"));
        using var verifikatorBrowser = await verifikator.BrowserAsync();
        var own = await verifikatorBrowser.GetPageAsync("/Staf");
        Assert.Equal("3", own.Text("[data-count=semua]"));
        Assert.Equal("2", own.Text("[data-count=Verifikasi]"));
    }

    [Fact]
    public async Task Counters_WhenMissing_AreRecountedFromTheRegisterAtStartAndKeptAfterwards()
    {
        using var factory = new BackOfficeFactory();
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        await reporter.SubmitValidReportAsync();
        await reporter.SubmitValidReportAsync();
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            // As a database from before the counters: no triggers, no counts.
            var triggers = db.Database.IsSqlite()
                ? await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'InboxCounts_%'").ToListAsync()
                : await db.Database.SqlQueryRaw<string>("SELECT tgname::text AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'InboxCounts_%'").ToListAsync();
            Assert.NotEmpty(triggers);
            foreach (var trigger in triggers)
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite()
                    ? $"DROP TRIGGER \"{trigger}\""
                    : $"DROP TRIGGER \"{trigger}\" ON \"{(trigger.Contains("Gratification", StringComparison.Ordinal) ? "GratificationReports" : "Reports")}\"");
            }

            await db.InboxCounts.ExecuteDeleteAsync();
            await InboxCounters.EnsureAsync(db, default);
        }

        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        Assert.Equal("2", (await inspektur.GetPageAsync("/Staf")).Text("[data-count=Diterima]"));
        await reporter.SubmitValidReportAsync();
        Assert.Equal("3", (await inspektur.GetPageAsync("/Staf")).Text("[data-count=Diterima]"));
    }

    [Fact]
    public async Task Pager_ReportsArrivingBetweenPages_NoRowIsSkippedOrRepeated()
    {
        using var factory = new BackOfficeFactory();
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        var sent = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            sent.Add(await reporter.SubmitValidReportAsync());
        }

        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        string Link(IHtmlDocument page, string rel) => page.QuerySelector($".pager a[rel={rel}]")!.GetAttribute("href")!;

        var first = await inspektur.GetPageAsync("/Staf?status=Diterima&ukuran=5");
        await reporter.SubmitValidReportAsync();
        await reporter.SubmitValidReportAsync();
        var second = await inspektur.GetPageAsync(Link(first, "next"));
        Assert.Contains("status=Diterima", Link(first, "next"), StringComparison.Ordinal);
        Assert.Contains("halaman 2 dari 3", second.Text(".result-count"), StringComparison.Ordinal);
        var third = await inspektur.GetPageAsync(Link(second, "next"));
        Assert.Null(third.QuerySelector(".pager a[rel=next]"));
        Assert.Equal(Enumerable.Reverse(sent), Numbers(first).Concat(Numbers(second)).Concat(Numbers(third)));

        // Back from the last page: the same rows as on the way forward, though more arrived.
        await reporter.SubmitValidReportAsync();
        var secondAgain = await inspektur.GetPageAsync(Link(third, "prev"));
        Assert.Equal(Numbers(second), Numbers(secondAgain));
        Assert.Contains("halaman 2", secondAgain.Text(".result-count"), StringComparison.Ordinal);

        // Back to the first page shows the newest, the arrivals included.
        var firstAgain = await inspektur.GetPageAsync(Link(secondAgain, "prev"));
        Assert.Equal(5, Numbers(firstAgain).Count);
        Assert.Null(firstAgain.QuerySelector(".pager a[rel=prev]"));
    }
}
