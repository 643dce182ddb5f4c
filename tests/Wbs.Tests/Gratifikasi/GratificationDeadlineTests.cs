using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The two deadlines of a gratification report (the reporter's legal one, the UPG's forwarding one) and the inbox filters.</summary>
public class GratificationDeadlineTests
{
    // July 2026 has no holidays: sent on Monday 6 July (09.00 WITA), the UPG must forward by Monday 20 July (10 working days).
    private static readonly DateTimeOffset Sent = new(2026, 7, 6, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly SentOn = new(2026, 7, 6);

    private static List<string> Numbers(IHtmlDocument inbox) =>
        inbox.QuerySelectorAll("table.inbox-table tbody tr").Select(r => r.GetAttribute("data-number")!).ToList();

    private static IElement Row(IHtmlDocument inbox, string number) =>
        inbox.QuerySelector($"tbody tr[data-number='{number}']") ?? throw new InvalidOperationException($"{number} is not in the list.");

    /// <summary>A: received 26 June, reported in time. B: received 4 May, reported late. Both sent on 6 July, B a minute after A.</summary>
    private sealed class Scene : IDisposable
    {
        public required BackOfficeFactory Factory { get; init; }
        public required AdjustableClock Clock { get; init; }
        public required StaffMember Officer { get; init; }
        public required Gratification A { get; init; }
        public required Gratification B { get; init; }

        public static async Task<Scene> BuildAsync()
        {
            var clock = new AdjustableClock(Sent);
            var factory = new BackOfficeFactory { Clock = clock };
            var a = await Gratification.SubmitAsync(factory, SentOn);
            clock.Now = Sent.AddMinutes(1);
            var late = GratificationSamples.Draft(SentOn);
            late.ReceivedDate = "2026-05-04";
            var b = await Gratification.SubmitAsync(factory, SentOn, late);
            var officer = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
            return new Scene { Factory = factory, Clock = clock, Officer = officer, A = a, B = b };
        }

        /// <summary>A fresh sign-in, so a clock moved by days does not meet an expired session.</summary>
        public Task<PageClient> BrowserAsync() => Officer.BrowserAsync();

        public void Dispose() => Factory.Dispose();
    }

    [Fact]
    public async Task Get_Inbox_MarksTheOverdueRowsOnceTheClockPassesTheUpgDeadline()
    {
        using var scene = await Scene.BuildAsync();
        using (var before = await scene.BrowserAsync())
        {
            var inbox = await before.GetPageAsync(UpgPage.Inbox);
            Assert.Equal("0", inbox.Text("[data-count=terlambat]"));
            Assert.Equal("10 hari kerja lagi", Row(inbox, scene.A.Number).Text("[data-deadline]"));
            Assert.DoesNotContain("row-overdue", Row(inbox, scene.A.Number).ClassName ?? "", StringComparison.Ordinal);
        }

        scene.Clock.Now = Sent.AddDays(16);
        var c = await Gratification.SubmitAsync(scene.Factory, SentOn.AddDays(16));
        using var after = await scene.BrowserAsync();
        var later = await after.GetPageAsync(UpgPage.Inbox);

        Assert.Equal("2", later.Text("[data-count=terlambat]"));
        Assert.NotNull(later.QuerySelector(".tile-overdue.tile-alert"));
        foreach (var overdue in new[] { scene.A.Number, scene.B.Number })
        {
            Assert.Contains("row-overdue", Row(later, overdue).ClassName, StringComparison.Ordinal);
            Assert.Equal("Terlambat 2 hari kerja", Row(later, overdue).Text("[data-deadline]"));
        }

        Assert.Equal("10 hari kerja lagi", Row(later, c.Number).Text("[data-deadline]"));
        Assert.Equal([scene.B.Number, scene.A.Number], Numbers(await after.GetPageAsync(UpgPage.Inbox + "?terlambat=true")));
        var detail = await after.GetPageAsync(UpgPage.Url(scene.A.Number));
        Assert.Equal("Terlambat 2 hari kerja", detail.Text(".summary-line [data-deadline]"));
    }

    [Fact]
    public async Task Get_Inbox_ShowsEachRowsFacts_AndTheFiltersWork()
    {
        using var scene = await Scene.BuildAsync();
        using var browser = await scene.BrowserAsync();
        await UpgPage.MoveAsync(browser, scene.A.Number, SentOn, GratificationStatus.DiverifikasiUpg);

        var inbox = await browser.GetPageAsync(UpgPage.Inbox);
        var a = Row(inbox, scene.A.Number);
        Assert.Equal("6 Jul 2026", a.Text("[data-label=Dikirim]"));
        Assert.Equal("26 Jun 2026", a.Text("[data-label=Diterima]"));
        Assert.Equal("7 Agu 2026", a.Text("[data-label='Batas lapor']"));
        Assert.Equal("Penerimaan", a.Text("[data-label=Jenis]"));
        Assert.Equal("Uang / setara uang", a.Text("[data-label=Objek]"));
        Assert.Equal("Diverifikasi UPG", a.Text(".status"));
        Assert.Null(a.QuerySelector("[data-reported-late]"));
        Assert.Equal("Dilaporkan terlambat", Row(inbox, scene.B.Number).Text("[data-reported-late]"));
        Assert.Equal([scene.B.Number, scene.A.Number], Numbers(inbox));

        Assert.Equal([scene.A.Number], Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?status=DiverifikasiUpg")));
        Assert.Equal([scene.B.Number], Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?status=Diajukan")));
        Assert.Empty(Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?status=Selesai")));
        Assert.Equal([scene.B.Number], Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?lewatBatas=true")));
        Assert.Equal([scene.A.Number], Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?nomor=" + scene.A.Number.ToLowerInvariant())));
        Assert.Equal([scene.B.Number], Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?nomor=" + scene.B.Number[^5..])));
        Assert.Empty(Numbers(await browser.GetPageAsync(UpgPage.Inbox + "?lewatBatas=true&status=DiverifikasiUpg")));

        // The filter form itself, as a browser without script submits it.
        var filtered = await browser.GetPageAsync(UpgPage.Inbox + "?status=Diajukan&lewatBatas=true&nomor=GRT");
        Assert.Equal("Diajukan", filtered.ValueOf("status"));
        Assert.NotNull(filtered.QuerySelector("input[name=lewatBatas][checked]"));
        Assert.Equal("GRT", filtered.ValueOf("nomor"));
        Assert.Equal([scene.B.Number], Numbers(filtered));
    }

    [Fact]
    public async Task Get_Detail_ShowsTheLegalDeadlineAndWhetherItWasReportedLate()
    {
        using var scene = await Scene.BuildAsync();
        using var browser = await scene.BrowserAsync();

        var inTime = await browser.GetPageAsync(UpgPage.Url(scene.A.Number));
        Assert.Equal("7 Agustus 2026", inTime.Text("[data-legal-deadline]"));
        Assert.Null(inTime.QuerySelector("#batas-waktu [data-reported-late]"));
        Assert.Contains("sebelum batas waktu pelaporan", inTime.Text("[data-legal-note]"), StringComparison.Ordinal);
        Assert.Equal("(s.d. 20 Juli 2026)", inTime.Text("[data-due]"));

        var late = await browser.GetPageAsync(UpgPage.Url(scene.B.Number));
        Assert.Equal("Dilaporkan terlambat", late.Text("#batas-waktu [data-reported-late]"));
        Assert.Contains("setelah batas waktu", late.Text("[data-legal-note]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_KeepsTheForwardingDeadline_AndTheReportersCompletionRestartsIt()
    {
        using var scene = await Scene.BuildAsync();
        scene.Clock.Now = Sent.AddDays(2);
        using (var browser = await scene.BrowserAsync())
        {
            await UpgPage.MoveAsync(browser, scene.A.Number, SentOn.AddDays(2), GratificationStatus.DiverifikasiUpg);
            Assert.Equal("(s.d. 20 Juli 2026)", (await browser.GetPageAsync(UpgPage.Url(scene.A.Number))).Text("[data-due]"));
            await UpgPage.MoveAsync(browser, scene.A.Number, SentOn.AddDays(2), GratificationStatus.PerluDilengkapi);
        }

        // The reporter completes on Wednesday 22 July: ten working days from then is Wednesday 5 August.
        scene.Clock.Now = Sent.AddDays(16);
        await using (var scope = scene.Factory.CreateScope())
        {
            var errors = await scope.ServiceProvider.GetRequiredService<ReporterGratifications>()
                .CompleteAsync(scene.A.ReporterId, scene.A.Number, "Foto amplop sudah saya lampirkan.", [], default);
            Assert.True(errors.IsOk);
        }

        using var after = await scene.BrowserAsync();
        var page = await after.GetPageAsync(UpgPage.Url(scene.A.Number));
        Assert.Equal("Diajukan", page.Text(".status-block .status"));
        Assert.Equal("(s.d. 5 Agustus 2026)", page.Text("[data-due]"));
        Assert.Equal("10 hari kerja lagi", page.Text(".summary-line [data-deadline]"));
        Assert.Equal("Dilengkapi pelapor", page.QuerySelectorAll("#riwayat li")[^1].Text(".event-kind"));
        Assert.Contains("Foto amplop sudah saya lampirkan.", page.Text("#pesan .message-reporter .message-body"), StringComparison.Ordinal);
        Assert.DoesNotContain("row-overdue", Row(await after.GetPageAsync(UpgPage.Inbox), scene.A.Number).ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal(["DiverifikasiUpg", "PerluDilengkapi"], page.QuerySelectorAll("select[name='Ubah.To'] option").Skip(1).Select(o => o.GetAttribute("value")!).ToList());
    }
}
