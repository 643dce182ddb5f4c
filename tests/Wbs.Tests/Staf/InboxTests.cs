using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

public class InboxTests
{
    // A week without holidays: reports sent on Monday 6 July 2026 (09.00 WITA) are due on Monday 13 July.
    private static readonly DateTimeOffset Sent = new(2026, 7, 6, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwoWeeksLater = Sent.AddDays(14);

    private static List<string> Numbers(IHtmlDocument inbox) =>
        inbox.QuerySelectorAll("table.inbox-table tbody tr").Select(r => r.GetAttribute("data-number")!).ToList();

    private static IElement Row(IHtmlDocument inbox, string number) =>
        inbox.QuerySelector($"tbody tr[data-number='{number}']") ?? throw new InvalidOperationException($"{number} is not in the list.");

    /// <summary>
    /// Four reports: A, B (Gratifikasi, at Dinas Kesehatan) and C sent two weeks ago, D today; B is being followed up,
    /// C is assigned to a Verifikator, the reporter of A wrote a message.
    /// </summary>
    private sealed class Scene : IDisposable
    {
        public required BackOfficeFactory Factory { get; init; }
        public required AdjustableClock Clock { get; init; }
        public required PageClient Inspektur { get; init; }
        public required StaffMember Verifikator { get; init; }
        public required string A { get; init; }
        public required string B { get; init; }
        public required string C { get; init; }
        public required string D { get; init; }

        public static async Task<Scene> BuildAsync()
        {
            var clock = new AdjustableClock(Sent);
            var factory = new BackOfficeFactory { Clock = clock };
            using var reporter = factory.CreatePageClient();
            var person = await reporter.RegisterAsync();
            var a = await reporter.SubmitValidReportAsync();
            clock.Now = Sent.AddMinutes(1);
            var b = await reporter.SubmitValidReportAsync(new ComplaintBuilder { ViolationType = "Gratifikasi", Unit = "Dinas Kesehatan", Title = "Hadiah untuk pejabat" });
            clock.Now = Sent.AddMinutes(2);
            var c = await reporter.SubmitValidReportAsync();
            clock.Now = TwoWeeksLater;
            using (await reporter.LoginAsync(person.Username, person.Password))
            {
            }

            var d = await reporter.SubmitValidReportAsync();
            using (await reporter.SubmitAsync($"/Pengaduan/{a}", new Dictionary<string, string?> { ["Pesan"] = "Apakah ada kabar?" }, formSelector: "#pesan form"))
            {
            }

            var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
            var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
            await AduanPage.MoveAsync(inspektur, b, ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti);
            using (var assigned = await inspektur.SubmitAsync(AduanPage.Url(c), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
            {
                Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
            }

            return new Scene { Factory = factory, Clock = clock, Inspektur = inspektur, Verifikator = verifikator, A = a, B = b, C = c, D = d };
        }

        public Task<IHtmlDocument> InboxAsync(string query = "") => Inspektur.GetPageAsync("/Staf" + query);

        public void Dispose()
        {
            Inspektur.Dispose();
            Factory.Dispose();
        }
    }

    [Fact]
    public async Task Get_Inbox_CountsEachStatusAndTheOverdueOnesStandOut()
    {
        using var scene = await Scene.BuildAsync();

        var inbox = await scene.InboxAsync();

        Assert.Equal("3", inbox.Text("[data-count=Diterima]"));
        Assert.Equal("1", inbox.Text("[data-count=Ditindaklanjuti]"));
        Assert.Equal("0", inbox.Text("[data-count=Selesai]"));
        Assert.Equal("4", inbox.Text("[data-count=semua]"));
        Assert.Equal("2", inbox.Text("[data-count=terlambat]"));
        Assert.NotNull(inbox.QuerySelector(".tile-overdue.tile-alert"));
        Assert.Equal([scene.D, scene.C, scene.B, scene.A], Numbers(inbox));
        foreach (var late in new[] { scene.A, scene.C })
        {
            Assert.Contains("row-overdue", Row(inbox, late).ClassName, StringComparison.Ordinal);
            Assert.Equal("Terlambat 5 hari kerja", Row(inbox, late).Text("[data-deadline]"));
        }

        Assert.Equal("5 hari kerja lagi", Row(inbox, scene.D).Text("[data-deadline]"));
        Assert.DoesNotContain("row-overdue", Row(inbox, scene.D).ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("60 hari kerja lagi", Row(inbox, scene.B).Text("[data-deadline]"));
    }

    [Fact]
    public async Task Get_Inbox_ShowsEachRowsFactsAndAnUnreadMarkForTheReportersMessage()
    {
        using var scene = await Scene.BuildAsync();

        var inbox = await scene.InboxAsync();

        var b = Row(inbox, scene.B);
        Assert.Equal("Hadiah untuk pejabat", b.Text("[data-label=Judul]"));
        Assert.Equal("Gratifikasi", b.Text("[data-label=Jenis]"));
        Assert.Equal("Dinas Kesehatan", b.Text("[data-label=Unit]"));
        Assert.Equal("Ditindaklanjuti", b.Text(".status"));
        Assert.Equal("6 Jul 2026", b.Text("[data-label=Tanggal]"));
        Assert.Equal("Belum didisposisi", b.Text("[data-label=Petugas]"));
        Assert.Equal(scene.Verifikator.Username, Row(inbox, scene.C).Text("[data-label=Petugas]"));
        Assert.Equal("1 pesan baru", Row(inbox, scene.A).Text(".badge-unread"));
        Assert.Null(b.QuerySelector(".badge-unread"));

        // Reading the report marks the message read.
        await scene.Inspektur.GetPageAsync(AduanPage.Url(scene.A));
        Assert.Null(Row(await scene.InboxAsync(), scene.A).QuerySelector(".badge-unread"));
    }

    [Fact]
    public async Task Get_InboxFilters_ShowOnlyTheMatchingReports()
    {
        using var scene = await Scene.BuildAsync();
        var inbox = await scene.InboxAsync();
        var gratifikasi = inbox.QuerySelectorAll<IHtmlOptionElement>("#f-jenis option").Single(o => o.Text == "Gratifikasi").Value;
        var kesehatan = inbox.QuerySelectorAll<IHtmlOptionElement>("#f-unit option").Single(o => o.Text == "Dinas Kesehatan").Value;

        Assert.Equal([scene.D, scene.C, scene.A], Numbers(await scene.InboxAsync("?status=Diterima")));
        Assert.Equal([scene.B], Numbers(await scene.InboxAsync("?status=Ditindaklanjuti")));
        Assert.Empty(Numbers(await scene.InboxAsync("?status=Selesai")));
        Assert.Equal([scene.B], Numbers(await scene.InboxAsync("?jenis=" + gratifikasi)));
        Assert.Equal([scene.B], Numbers(await scene.InboxAsync("?unit=" + kesehatan)));
        Assert.Equal([scene.C], Numbers(await scene.InboxAsync("?petugas=" + scene.Verifikator.Id)));
        Assert.Equal([scene.D, scene.B, scene.A], Numbers(await scene.InboxAsync("?petugas=-")));
        Assert.Equal([scene.C, scene.A], Numbers(await scene.InboxAsync("?terlambat=true")));
        Assert.Equal([scene.C], Numbers(await scene.InboxAsync("?terlambat=true&petugas=" + scene.Verifikator.Id)));
        Assert.Equal([scene.B], Numbers(await scene.InboxAsync("?nomor=" + scene.B.ToLowerInvariant())));
        Assert.Equal([scene.B], Numbers(await scene.InboxAsync("?nomor=" + scene.B[^5..])));
        var none = await scene.InboxAsync("?nomor=ADU-1999-00001");
        Assert.Empty(Numbers(none));
        Assert.Equal("Tidak ada pengaduan yang sesuai saringan.", none.Text("main .empty"));
    }

    [Fact]
    public async Task Get_InboxFilterForm_KeepsTheChosenFilters()
    {
        using var scene = await Scene.BuildAsync();

        var inbox = await scene.InboxAsync("?status=Diterima&terlambat=true&petugas=-&nomor=ADU");

        Assert.Equal("Diterima", inbox.ValueOf("status"));
        Assert.Equal("-", inbox.ValueOf("petugas"));
        Assert.Equal("ADU", inbox.ValueOf("nomor"));
        Assert.True(inbox.QuerySelector<IHtmlInputElement>("input[name=terlambat]")!.IsChecked);
        Assert.Equal([scene.A], Numbers(inbox));
    }

    [Fact]
    public async Task Get_Inbox_AsVerifikator_ListsOnlyAssignedReportsAndNoHandlerFilter()
    {
        using var scene = await Scene.BuildAsync();
        using var verifikator = await scene.Verifikator.BrowserAsync();

        var inbox = await verifikator.GetPageAsync("/Staf");

        Assert.Equal([scene.C], Numbers(inbox));
        Assert.Equal("1", inbox.Text("[data-count=semua]"));
        Assert.Equal("1", inbox.Text("[data-count=terlambat]"));
        Assert.Null(inbox.QuerySelector("select[name=petugas]"));
    }

    [Fact]
    public async Task Get_InboxPages_SplitTheListAndKeepTheFilters()
    {
        using var factory = new BackOfficeFactory();
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        var sent = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            sent.Add(await reporter.SubmitValidReportAsync());
        }

        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();

        var first = await inspektur.GetPageAsync("/Staf?status=Diterima&ukuran=5");
        Assert.Equal(5, Numbers(first).Count);
        Assert.Contains("halaman 1 dari 2", first.Text(".result-count"), StringComparison.Ordinal);
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("status=Diterima", next, StringComparison.Ordinal);

        var second = await inspektur.GetPageAsync(next);
        Assert.Equal(2, Numbers(second).Count);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(Enumerable.Reverse(sent), Numbers(first).Concat(Numbers(second)));

        var beyond = await inspektur.GetPageAsync("/Staf?ukuran=5&halaman=99");
        Assert.Equal(Numbers(second), Numbers(beyond));
    }
}
