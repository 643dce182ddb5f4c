using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;
using Xunit.Abstractions;

namespace Wbs.Tests.Kasus;

/// <summary>
/// Two staff decisions on one complaint at the same moment, through the API, on one app host or on two sharing the
/// database: exactly one is stored (one history entry, one audit entry) and the other answers 409.
/// </summary>
public sealed class ConcurrentDecisionTests(ConcurrentDecisionTests.Setup setup, ITestOutputHelper output) : IClassFixture<ConcurrentDecisionTests.Setup>
{
    public const int Trials = 20;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostStatus_SameChangeTwiceAtOnce_OneWinsAndTheOther409(bool twoNodes)
    {
        var races = new List<RaceResult>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var number = await setup.Reporter.CreateValidReportAsync();
            races.Add(await RaceAsync(number, twoNodes, new { status = "Verifikasi" }, new { status = "Verifikasi" }));
        }

        output.WriteLine(CaseRace.Figures($"same change twice, {(twoNodes ? "two hosts" : "one host")}", races, HttpStatusCode.OK));
        Assert.All(races, race =>
        {
            Assert.Equal(1, race.Winners(HttpStatusCode.OK));
            Assert.Contains(HttpStatusCode.Conflict, race.Codes);
            Assert.Contains("\"status\":409", race.Refusal, StringComparison.Ordinal);
            Assert.Equal(1, race.Events);
            Assert.Equal(1, race.AuditEntries);
            Assert.Equal(nameof(ComplaintStatus.Verifikasi), race.Status);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostStatus_DitolakAndDitindaklanjutiAtOnce_OnlyOneDecisionIsStored(bool twoNodes)
    {
        var races = new List<RaceResult>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var number = await setup.Reporter.CreateValidReportAsync();
            using (var verified = await setup.First.Http.PostAsJsonAsync(StatusUrl(number), new { status = "Verifikasi" }))
            {
                Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            }

            var race = await RaceAsync(number, twoNodes,
                new { status = "Ditolak", publicNote = "Laporan tidak memenuhi kriteria 5W+1H." },
                new { status = "Ditindaklanjuti", publicNote = "Laporan ditindaklanjuti dengan pemeriksaan." });
            races.Add(race);

            var expected = race.First == HttpStatusCode.OK ? ComplaintStatus.Ditolak : ComplaintStatus.Ditindaklanjuti;
            Assert.Equal(expected.ToString(), race.Status);
            var resolvedAt = await ResolvedAtAsync(number);
            Assert.Equal(expected == ComplaintStatus.Ditolak, resolvedAt is not null);
        }

        output.WriteLine(CaseRace.Figures($"Ditolak vs Ditindaklanjuti, {(twoNodes ? "two hosts" : "one host")}", races, HttpStatusCode.OK));
        Assert.All(races, race =>
        {
            Assert.Equal(1, race.Winners(HttpStatusCode.OK));
            Assert.Contains(HttpStatusCode.Conflict, race.Codes);
            Assert.Contains("\"status\":409", race.Refusal, StringComparison.Ordinal);
            Assert.Equal(1, race.Events);
            Assert.Equal(1, race.AuditEntries);
        });
    }

    [Fact]
    public async Task ChangeStatus_OnACaseReadBeforeAnotherChangeLanded_IsAConflictAskingToReload()
    {
        // A case read before another change landed is the race's loser at its slowest: the same path, made deterministic.
        var number = await setup.Reporter.CreateValidReportAsync();
        await using var stale = setup.Factory.CreateScope();
        var reports = stale.ServiceProvider.GetRequiredService<StaffComplaints>();
        Assert.NotNull(await reports.FindCaseAsync(setup.Actor, number, default));

        using (var first = await setup.First.Http.PostAsJsonAsync(StatusUrl(number), new { status = "Verifikasi" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = await CaseRace.ComplaintTraceAsync(setup.Factory, number, AuditActions.StatusChange, ReportEventKind.StatusChanged);
        var outcome = await reports.ChangeStatusAsync(setup.Actor, number, new StatusChange(ComplaintStatus.Verifikasi, null, null, null, null), default);

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Equal(CaseChanges.ChangedMessage, outcome.Errors["status"]);
        Assert.Equal(before, await CaseRace.ComplaintTraceAsync(setup.Factory, number, AuditActions.StatusChange, ReportEventKind.StatusChanged));
    }

    [Fact]
    public async Task Commit_OfAnyChangeOnACaseChangedSinceItWasRead_IsRefusedAndStoresNothing()
    {
        var number = await setup.Reporter.CreateValidReportAsync();
        await using var stale = setup.Factory.CreateScope();
        await using var alsoStale = setup.Factory.CreateScope();
        var found = await stale.ServiceProvider.GetRequiredService<StaffComplaints>().FindCaseAsync(setup.Actor, number, default);
        Assert.NotNull(await alsoStale.ServiceProvider.GetRequiredService<StaffComplaints>().FindCaseAsync(setup.Actor, number, default));
        using (var first = await setup.First.Http.PostAsJsonAsync(StatusUrl(number), new { status = "Verifikasi" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var checklist = await alsoStale.ServiceProvider.GetRequiredService<StaffComplaints>().SetChecklistAsync(setup.Actor, number, Checklist.What | Checklist.Who, default);
        var message = await stale.ServiceProvider.GetRequiredService<StaffCaseWork>().SendMessageAsync(setup.Actor, found, "Pesan yang ditulis sebelum status berubah.", default);

        Assert.Equal(OutcomeKind.Conflict, checklist.Kind);
        Assert.Equal(OutcomeKind.Conflict, message.Kind);
        await using var check = setup.Factory.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number);
        Assert.Equal(Checklist.None, report.Checklist);
        Assert.Equal(ComplaintStatus.Verifikasi, report.Status);
        Assert.Equal(0, await db.ReportMessages.CountAsync(m => m.ReportId == report.Id));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Subject == number && (a.Action == AuditActions.Checklist || a.Action == AuditActions.Message)));
    }

    private async Task<RaceResult> RaceAsync(string number, bool twoNodes, object first, object second)
    {
        var before = await CaseRace.ComplaintTraceAsync(setup.Factory, number, AuditActions.StatusChange, ReportEventKind.StatusChanged);
        var other = twoNodes ? setup.OnSecondNode : setup.Second;
        var (a, b, refusal) = await CaseRace.RunAsync(
            () => setup.First.Http.PostAsJsonAsync(StatusUrl(number), first),
            () => other.Http.PostAsJsonAsync(StatusUrl(number), second));
        var after = await CaseRace.ComplaintTraceAsync(setup.Factory, number, AuditActions.StatusChange, ReportEventKind.StatusChanged);
        return new RaceResult(a, b, after.Events - before.Events, after.Audit - before.Audit, after.Status) { Refusal = refusal };
    }

    private async Task<DateTime?> ResolvedAtAsync(string number)
    {
        await using var scope = setup.Factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Complaints
            .Where(r => r.RegistrationNumber == number).Select(r => r.ResolvedAt).SingleAsync();
    }

    private static string StatusUrl(string number) => $"/api/v1/staff/reports/{number}/status";

    /// <summary>One app host and a second on its database, a reporter, and two Inspektur (one per host, and one more on the first).</summary>
    public sealed class Setup : IAsyncLifetime
    {
        public BackOfficeFactory Factory { get; } = new() { Settings = { ["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000" } };
        public WbsFactory SecondNode { get; private set; } = null!;
        public ApiClient Reporter { get; private set; } = null!;
        public ApiClient First { get; private set; } = null!;
        public ApiClient Second { get; private set; } = null!;
        public ApiClient OnSecondNode { get; private set; } = null!;
        public StaffActor Actor { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Reporter = Factory.CreateApiClient();
            await Reporter.SignUpAsync();
            var first = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            var second = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            var third = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            Actor = new StaffActor(first.Id, first.UserName, new HashSet<string> { StaffRoles.Inspektur });
            First = await BackOfficeStaff.ApiAsync(Factory, first);
            Second = await BackOfficeStaff.ApiAsync(Factory, second);
            SecondNode = Factory.AnotherNode();
            OnSecondNode = await BackOfficeStaff.ApiAsync(SecondNode, third);
        }

        public Task DisposeAsync()
        {
            Reporter.Dispose();
            First.Dispose();
            Second.Dispose();
            OnSecondNode.Dispose();
            SecondNode.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
