using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The gratification workflow's statuses through the UPG's page: every pair of statuses, and what each move must carry.</summary>
public class GratificationTransitionTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    // Written out from the published gratification workflow, not read from the app; Perlu Dilengkapi → Diajukan is the reporter's completion.
    private static readonly (GratificationStatus From, GratificationStatus To)[] Allowed =
    [
        (GratificationStatus.Diajukan, GratificationStatus.DiverifikasiUpg),
        (GratificationStatus.Diajukan, GratificationStatus.PerluDilengkapi),
        (GratificationStatus.DiverifikasiUpg, GratificationStatus.PerluDilengkapi),
        (GratificationStatus.DiverifikasiUpg, GratificationStatus.DiteruskanKeKpk),
        (GratificationStatus.PerluDilengkapi, GratificationStatus.DiverifikasiUpg),
        (GratificationStatus.DiteruskanKeKpk, GratificationStatus.DitetapkanKpk),
        (GratificationStatus.DitetapkanKpk, GratificationStatus.Selesai),
    ];

    private static readonly Dictionary<GratificationStatus, string> Shown = new()
    {
        [GratificationStatus.Diajukan] = "Diajukan",
        [GratificationStatus.DiverifikasiUpg] = "Diverifikasi UPG",
        [GratificationStatus.PerluDilengkapi] = "Perlu Dilengkapi",
        [GratificationStatus.DiteruskanKeKpk] = "Diteruskan ke KPK",
        [GratificationStatus.DitetapkanKpk] = "Ditetapkan KPK",
        [GratificationStatus.Selesai] = "Selesai",
        [GratificationStatus.TidakDapatDitindaklanjuti] = "Tidak Dapat Ditindaklanjuti",
    };

    private static DateOnly Today => UpgFixture.Today;

    public static TheoryData<GratificationStatus, GratificationStatus> EveryPair()
    {
        var data = new TheoryData<GratificationStatus, GratificationStatus>();
        foreach (var from in Enum.GetValues<GratificationStatus>())
        {
            foreach (var to in Enum.GetValues<GratificationStatus>())
            {
                // Allowed only once the completion window has passed: CompletionWindowTests drives it on a moving clock.
                if (from == GratificationStatus.PerluDilengkapi && to == GratificationStatus.TidakDapatDitindaklanjuti)
                {
                    continue;
                }

                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<GratificationStatus> EveryStatus() => [.. Enum.GetValues<GratificationStatus>()];

    [Theory]
    [MemberData(nameof(EveryPair))]
    public async Task Post_StatusChange_SucceedsForAllowedMovesAndIsRefusedForTheRest(GratificationStatus from, GratificationStatus to)
    {
        var report = await upg.InStatusAsync(from);
        var form = UpgPage.ValidChange(to, Today);
        form["Ubah.InternalNote"] = "Ketikan internal " + to;

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, form);

        if (Allowed.Contains((from, to)))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await upg.Upg.FollowAsync(response);
            Assert.Equal("Status laporan diubah.", page.Text("[role=status]"));
            Assert.Equal(Shown[to], page.Text(".status-block .status"));
            Assert.Equal(Shown[to], page.QuerySelectorAll("#riwayat li")[^1].Text(".status"));
            Assert.Equal(to, (await report.AsReporterSeesAsync(upg.Factory)).History[^1].Status);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var page = await PageClient.ParseAsync(response);
            Assert.Contains($"Status tidak dapat diubah dari {Shown[from]} ke {Shown[to]}.", page.Text(".error-summary"), StringComparison.Ordinal);
            Assert.Equal(Shown[from], page.Text(".status-block .status"));
            if (page.QuerySelector("#ubah-status form") is not null)
            {
                Assert.Equal("Ketikan internal " + to, page.ValueOf("Ubah.InternalNote"));
            }

            Assert.Equal(from, (await report.AsReporterSeesAsync(upg.Factory)).Status);
        }
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task Get_StatusForm_OffersExactlyTheAllowedMoves(GratificationStatus from)
    {
        var report = await upg.InStatusAsync(from);

        var page = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));

        var offered = page.QuerySelectorAll("select[name='Ubah.To'] option").Skip(1).Select(o => o.TextContent.Trim()).Order().ToList();
        Assert.Equal(Allowed.Where(a => a.From == from).Select(a => Shown[a.To]).Order().ToList(), offered);
        Assert.Equal(offered.Contains("Diteruskan ke KPK"), page.QuerySelector("input[name='Ubah.ForwardedOn']") is not null);
        Assert.Equal(offered.Contains("Ditetapkan KPK"), page.QuerySelector("input[name='Ubah.DecisionNumber']") is not null);
        if (offered.Count == 0)
        {
            Assert.Contains("status akhir", page.Text("#ubah-status"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(GratificationStatus.Diajukan)]
    [InlineData(GratificationStatus.DiverifikasiUpg)]
    public async Task Post_PerluDilengkapi_WithoutPublicNote_IsRefused(GratificationStatus from)
    {
        var report = await upg.InStatusAsync(from);

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("PerluDilengkapi", "  ", "catatan internal saja"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Tuliskan untuk pelapor apa yang perlu dilengkapi.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("catatan internal saja", page.ValueOf("Ubah.InternalNote"));
        Assert.Equal(Shown[from], page.Text(".status-block .status"));
    }

    [Fact]
    public async Task Post_PerluDilengkapi_ShowsTheRequestToTheReporter()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiverifikasiUpg);

        await UpgPage.MoveAsync(upg.Upg, report.Number, Today, GratificationStatus.PerluDilengkapi);

        var seen = await report.AsReporterSeesAsync(upg.Factory);
        Assert.Equal(GratificationStatus.PerluDilengkapi, seen.Status);
        Assert.Equal("Mohon lampirkan foto amplop dan isinya.", seen.History[^1].Note);
    }

    [Fact]
    public async Task Post_DiteruskanKeKpk_NeedsAPastOrPresentDate_AndShowsIt()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiverifikasiUpg);

        using (var missing = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("DiteruskanKeKpk")))
        {
            Assert.Contains("Isi tanggal laporan diteruskan ke KPK.", (await PageClient.ParseAsync(missing)).Text(".error-summary"), StringComparison.Ordinal);
        }

        using (var future = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("DiteruskanKeKpk", forwardedOn: UpgPage.Iso(Today.AddDays(1)))))
        {
            var page = await PageClient.ParseAsync(future);
            Assert.Contains("Tanggal penerusan ke KPK tidak boleh di masa depan.", page.Text(".error-summary"), StringComparison.Ordinal);
            Assert.Equal("Diverifikasi UPG", page.Text(".status-block .status"));
            Assert.Equal(UpgPage.Iso(Today.AddDays(1)), page.ValueOf("Ubah.ForwardedOn"));
        }

        using (var garbled = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("DiteruskanKeKpk", forwardedOn: "kemarin")))
        {
            Assert.Contains("Tanggal tidak dapat dibaca", (await PageClient.ParseAsync(garbled)).Text(".error-summary"), StringComparison.Ordinal);
        }

        // Forwarded the day it came in: no earlier date is possible.
        var forwardedOn = Today;
        using var ok = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("DiteruskanKeKpk", forwardedOn: UpgPage.Iso(forwardedOn)));
        var done = await upg.Upg.FollowAsync(ok);
        Assert.Equal(UpgPage.FullDate(forwardedOn), done.Text("[data-forwarded]"));
        Assert.Equal(forwardedOn, (await report.AsReporterSeesAsync(upg.Factory)).ForwardedToKpkOn);
        Assert.Equal("—", done.Text("[data-deadline]"));
    }

    [Fact]
    public async Task Post_DitetapkanKpk_WithNothing_NamesDecisionNumberAndDate()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiteruskanKeKpk);

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm("DitetapkanKpk"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PageClient.ParseAsync(response)).Text(".error-summary");
        Assert.Contains("Pilih penetapan KPK: milik negara atau milik penerima.", summary, StringComparison.Ordinal);
        Assert.Contains("Isi nomor surat keputusan KPK.", summary, StringComparison.Ordinal);
        Assert.Contains("Isi tanggal surat keputusan KPK.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DitetapkanKpk_WithAFutureDate_IsRefused()
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiteruskanKeKpk);

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number,
            UpgPage.StatusForm("DitetapkanKpk", decision: "MilikPenerima", decisionNumber: "77/KPK/2026", decisionDate: UpgPage.Iso(Today.AddDays(3))));

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Tanggal surat keputusan tidak boleh di masa depan.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Diteruskan ke KPK", page.Text(".status-block .status"));
        Assert.Equal("77/KPK/2026", page.ValueOf("Ubah.DecisionNumber"));
    }

    [Theory]
    [InlineData("MilikNegara", "Milik negara")]
    [InlineData("MilikPenerima", "Milik penerima")]
    public async Task Post_DitetapkanKpk_RecordsTheDecisionForStaffAndReporter(string decision, string shown)
    {
        var report = await upg.InStatusAsync(GratificationStatus.DiteruskanKeKpk);
        var decided = Today;

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number,
            UpgPage.StatusForm("DitetapkanKpk", "Keputusan KPK telah terbit.", decision: decision, decisionNumber: " 45/KPK-GRAT/XI/2026 ", decisionDate: UpgPage.Iso(decided),
                signatoryLevel: "Administrator", signedBy: " Deputi Bidang Pencegahan dan Monitoring "));

        var page = await upg.Upg.FollowAsync(response);
        Assert.Equal($"{shown} · SK 45/KPK-GRAT/XI/2026 tanggal {UpgPage.FullDate(decided)}", page.Text("[data-decision]"));
        Assert.Equal("Deputi Bidang Pencegahan dan Monitoring · tingkat jabatan pelapor: Administrator (eselon III)", page.Text("[data-signatory]"));
        var seen = await report.AsReporterSeesAsync(upg.Factory);
        Assert.Equal("45/KPK-GRAT/XI/2026", seen.KpkDecisionNumber);
        Assert.Equal(decided, seen.KpkDecisionDate);
        Assert.Equal(decision, seen.KpkDecision.ToString());
    }

    [Fact]
    public async Task Post_Selesai_SetsResolvedAtOnce()
    {
        var report = await upg.InStatusAsync(GratificationStatus.Selesai);

        await using var scope = upg.Factory.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<WbsDbContext>().GratificationReports.AsNoTracking().SingleAsync(r => r.RegistrationNumber == report.Number);
        Assert.NotNull(stored.ResolvedAt);
        Assert.Null(stored.DueOn);
        Assert.Equal(stored.StatusChangedAt, stored.ResolvedAt);
    }

    [Fact]
    public async Task Post_StatusChange_BumpsTheStatisticsStamp()
    {
        var report = await upg.SubmitAsync();
        var before = await StampAsync();

        await UpgPage.MoveAsync(upg.Upg, report.Number, Today, GratificationStatus.DiverifikasiUpg);

        Assert.True(await StampAsync() > before, "The statistics stamp did not move.");

        async Task<long> StampAsync()
        {
            await using var scope = upg.Factory.CreateScope();
            return await StatisticsStamp.ReadAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>(), default);
        }
    }

    [Fact]
    public async Task Post_StatusChange_IsAudited()
    {
        var report = await upg.SubmitAsync();

        await UpgPage.MoveAsync(upg.Upg, report.Number, Today, GratificationStatus.DiverifikasiUpg);

        var entry = (await AduanPage.AuditAsync(upg.Factory, report.Number)).Last(e => e.Action == AuditActions.StatusChange);
        Assert.Equal(upg.Officer.Username, entry.Actor);
        Assert.Equal("Diajukan -> DiverifikasiUpg", entry.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Dibatalkan")]
    [InlineData("2")]
    public async Task Post_UnknownStatus_AsksToChooseOne(string value)
    {
        var report = await upg.SubmitAsync();

        using var response = await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, UpgPage.StatusForm(value, "Catatan"));

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Pilih status baru.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Diajukan", page.Text(".status-block .status"));
    }

    [Theory]
    [InlineData("GRT-1999-99999")]
    [InlineData("ADU-2026-00001")]
    [InlineData("bukan-nomor")]
    public async Task Get_UnknownNumber_Returns404(string number)
    {
        using var response = await upg.Upg.Http.GetAsync(UpgPage.Url(number));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
