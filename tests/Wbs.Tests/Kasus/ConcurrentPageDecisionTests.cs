using System.Net;
using AngleSharp.Html.Dom;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Xunit.Abstractions;

namespace Wbs.Tests.Kasus;

/// <summary>
/// Two staff members submitting the status form of one case at the same moment on the staff pages: one change is
/// stored, the other answers 409 with an Indonesian message to reload and keeps what was typed.
/// </summary>
public sealed class ConcurrentPageDecisionTests(ConcurrentPageDecisionTests.Setup setup, ITestOutputHelper output) : IClassFixture<ConcurrentPageDecisionTests.Setup>
{
    private static DateOnly Today => UpgFixture.Today;

    public static TheoryData<GratificationStatus, GratificationStatus, GratificationStatus> GratificationRaces() => new()
    {
        { GratificationStatus.Diajukan, GratificationStatus.DiverifikasiUpg, GratificationStatus.DiverifikasiUpg },
        // Two decisions neither of which may follow the other (Diverifikasi UPG and Perlu Dilengkapi could, one after the other).
        { GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk, GratificationStatus.PerluDilengkapi },
        { GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk, GratificationStatus.DiteruskanKeKpk },
        { GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk, GratificationStatus.DitetapkanKpk },
    };

    [Theory]
    [MemberData(nameof(GratificationRaces))]
    public async Task PostStatus_TwoUpgOfficersAtOnce_OneChangeIsStored(GratificationStatus from, GratificationStatus first, GratificationStatus second)
    {
        var races = new List<RaceResult>();
        for (var trial = 0; trial < ConcurrentDecisionTests.Trials; trial++)
        {
            var report = await Gratification.SubmitAsync(setup.Factory, Today);
            await UpgPage.MoveAsync(setup.UpgA, report.Number, Today, UpgPage.PathTo[from]);
            var pageA = await setup.UpgA.GetPageAsync(UpgPage.Url(report.Number));
            var pageB = await setup.UpgB.GetPageAsync(UpgPage.Url(report.Number));
            var before = await CaseRace.GratificationTraceAsync(setup.Factory, report.Number, AuditActions.StatusChange, ReportEventKind.StatusChanged);

            var (a, b, refusal) = await CaseRace.RunAsync(
                () => setup.UpgA.SubmitAsync(pageA, UpgPage.Url(report.Number), Typed(UpgPage.ValidChange(first, Today), "A"), formSelector: "#ubah-status form"),
                () => setup.UpgB.SubmitAsync(pageB, UpgPage.Url(report.Number), Typed(UpgPage.ValidChange(second, Today), "B"), formSelector: "#ubah-status form"));

            var after = await CaseRace.GratificationTraceAsync(setup.Factory, report.Number, AuditActions.StatusChange, ReportEventKind.StatusChanged);
            var race = new RaceResult(a, b, after.Events - before.Events, after.Audit - before.Audit, after.Status) { Refusal = refusal };
            races.Add(race);
            Assert.Equal((a == HttpStatusCode.Redirect ? first : second).ToString(), race.Status);
        }

        output.WriteLine(CaseRace.Figures($"UPG pages {from}: {first} vs {second}", races, HttpStatusCode.Redirect));
        Assert.All(races, race =>
        {
            Assert.Equal(1, race.Winners(HttpStatusCode.Redirect));
            Assert.Contains(HttpStatusCode.Conflict, race.Codes);
            Assert.Equal(1, race.Events);
            Assert.Equal(1, race.AuditEntries);
        });
    }

    [Fact]
    public async Task PostStatus_LoserOfAComplaintDecisionRace_IsAskedToReloadAndKeepsWhatWasTyped()
    {
        var losers = new List<IHtmlDocument>();
        for (var trial = 0; trial < 5; trial++)
        {
            var number = await setup.Reporter.CreateValidReportAsync();
            var url = "/Staf/Pengaduan/" + number;
            using (var verified = await setup.InspekturA.SubmitAsync(url, Note(ComplaintStatus.Verifikasi, "mulai"), formSelector: "#ubah-status form"))
            {
                Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
            }

            var pageA = await setup.InspekturA.GetPageAsync(url);
            var pageB = await setup.InspekturB.GetPageAsync(url);
            var answers = await Task.WhenAll(
                Task.Run(() => setup.InspekturA.SubmitAsync(pageA, url, Note(ComplaintStatus.Ditolak, "A"), formSelector: "#ubah-status form")),
                Task.Run(() => setup.InspekturB.SubmitAsync(pageB, url, Note(ComplaintStatus.Ditindaklanjuti, "B"), formSelector: "#ubah-status form")));
            try
            {
                Assert.Single(answers, r => r.StatusCode == HttpStatusCode.Redirect);
                var loser = Assert.Single(answers, r => r.StatusCode == HttpStatusCode.Conflict);
                var page = await PageClient.ParseAsync(loser);
                var typed = answers[0] == loser ? "A" : "B";
                Assert.Contains(page.QuerySelectorAll("textarea"), t => t.TextContent.Trim() == $"Catatan publik yang diketik {typed}");
                Assert.Contains(page.QuerySelectorAll("textarea"), t => t.TextContent.Trim() == $"Catatan internal yang diketik {typed}");
                var summary = page.Text("#ubah-status .error-summary");
                Assert.True(summary.Contains(CaseChanges.ChangedMessage, StringComparison.Ordinal) || summary.Contains("Status tidak dapat diubah dari", StringComparison.Ordinal), summary);
                losers.Add(page);
            }
            finally
            {
                foreach (var answer in answers)
                {
                    answer.Dispose();
                }
            }
        }

        output.WriteLine($"complaint page races: {losers.Count} trials, each won by exactly one; the loser was told to reload {losers.Count(p => p.Text("#ubah-status .error-summary").Contains(CaseChanges.ChangedMessage, StringComparison.Ordinal))} times, refused by the workflow the rest");
    }

    private static Dictionary<string, string?> Typed(Dictionary<string, string?> form, string who)
    {
        form["Ubah.InternalNote"] = "Catatan internal yang diketik " + who;
        return form;
    }

    private static Dictionary<string, string?> Note(ComplaintStatus to, string who) => new()
    {
        ["Ubah.To"] = to.ToString(),
        ["Ubah.PublicNote"] = "Catatan publik yang diketik " + who,
        ["Ubah.InternalNote"] = "Catatan internal yang diketik " + who,
    };

    /// <summary>One app, a reporter, two UPG officers and two Inspektur signed in through the pages.</summary>
    public sealed class Setup : IAsyncLifetime
    {
        public BackOfficeFactory Factory { get; } = new() { Settings = { ["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000" } };
        public ApiClient Reporter { get; private set; } = null!;
        public PageClient UpgA { get; private set; } = null!;
        public PageClient UpgB { get; private set; } = null!;
        public PageClient InspekturA { get; private set; } = null!;
        public PageClient InspekturB { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Reporter = Factory.CreateApiClient();
            await Reporter.SignUpAsync();
            UpgA = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Upg));
            UpgB = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Upg));
            InspekturA = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur));
            InspekturB = await BackOfficeStaff.PagesAsync(Factory, await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur));
        }

        public Task DisposeAsync()
        {
            Reporter.Dispose();
            UpgA.Dispose();
            UpgB.Dispose();
            InspekturA.Dispose();
            InspekturB.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
