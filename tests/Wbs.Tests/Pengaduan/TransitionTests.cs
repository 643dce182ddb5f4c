using System.Net;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

/// <summary>The complaint workflow through the staff page: every allowed change, every refused one, and what each must carry.</summary>
public class TransitionTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private static readonly Dictionary<ComplaintStatus, ComplaintStatus[]> PathTo = new()
    {
        [ComplaintStatus.Diterima] = [],
        [ComplaintStatus.Verifikasi] = [ComplaintStatus.Verifikasi],
        [ComplaintStatus.PerluDilengkapi] = [ComplaintStatus.Verifikasi, ComplaintStatus.PerluDilengkapi],
        [ComplaintStatus.Ditindaklanjuti] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti],
        [ComplaintStatus.Diteruskan] = [ComplaintStatus.Verifikasi, ComplaintStatus.Diteruskan],
        [ComplaintStatus.Ditolak] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak],
        [ComplaintStatus.Selesai] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Selesai],
    };

    // Written out from the published workflow, not read from the app.
    private static readonly (ComplaintStatus From, ComplaintStatus To)[] Allowed =
    [
        (ComplaintStatus.Diterima, ComplaintStatus.Verifikasi),
        (ComplaintStatus.Verifikasi, ComplaintStatus.PerluDilengkapi),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Diteruskan),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak),
        (ComplaintStatus.PerluDilengkapi, ComplaintStatus.Verifikasi),
        (ComplaintStatus.PerluDilengkapi, ComplaintStatus.Ditolak),
        (ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Selesai),
        (ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Diteruskan),
    ];

    private static readonly Dictionary<ComplaintStatus, string> Shown = new()
    {
        [ComplaintStatus.Diterima] = "Diterima",
        [ComplaintStatus.Verifikasi] = "Verifikasi",
        [ComplaintStatus.PerluDilengkapi] = "Perlu Dilengkapi",
        [ComplaintStatus.Ditindaklanjuti] = "Ditindaklanjuti",
        [ComplaintStatus.Diteruskan] = "Diteruskan",
        [ComplaintStatus.Ditolak] = "Ditolak",
        [ComplaintStatus.Selesai] = "Selesai",
    };

    public static TheoryData<ComplaintStatus, ComplaintStatus> AllowedChanges()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var (from, to) in Allowed)
        {
            data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<ComplaintStatus> EveryStatus() => [.. Enum.GetValues<ComplaintStatus>()];

    private async Task<(Complainant Reporter, PageClient Staff)> ReportInAsync(ComplaintStatus status)
    {
        var reporter = await Complainant.SubmitAsync(factory);
        var staff = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        await AduanPage.MoveAsync(staff, reporter.Number, PathTo[status]);
        return (reporter, staff);
    }

    [Theory]
    [MemberData(nameof(AllowedChanges))]
    public async Task Post_AllowedChange_ChangesTheStatusForStaffAndReporter(ComplaintStatus from, ComplaintStatus to)
    {
        var (reporter, staff) = await ReportInAsync(from);
        using var _ = reporter;
        using var __ = staff;
        var form = AduanPage.ValidChange(to);
        form["Ubah.InternalNote"] = "Catatan internal perubahan " + to;

        using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await staff.FollowAsync(response);
        Assert.Equal("Status pengaduan diubah.", page.Text("[role=status]"));
        Assert.Equal(Shown[to], page.Text(".status-block .status"));
        var last = page.QuerySelectorAll("#riwayat li")[^1];
        Assert.Equal(Shown[to], last.Text(".status"));
        Assert.Contains("Catatan internal perubahan " + to, last.Text(".note-internal"), StringComparison.Ordinal);

        var reporterPage = await reporter.PageAsync();
        Assert.Equal(Shown[to], reporterPage.Text(".status-block .status"));
        var history = reporterPage.QuerySelectorAll("ol.timeline li")[^1];
        Assert.Equal(Shown[to], history.Text(".status"));
        if (form["Ubah.PublicNote"] is { Length: > 0 } publicNote)
        {
            Assert.Equal(publicNote, history.Text("p"));
        }

        Assert.DoesNotContain("Catatan internal perubahan", reporterPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task Post_ForbiddenChange_IsRefusedWithAMessageAndKeepsWhatWasTyped(ComplaintStatus from)
    {
        var (reporter, staff) = await ReportInAsync(from);
        using var _ = reporter;
        using var __ = staff;
        var forbidden = Enum.GetValues<ComplaintStatus>().Where(to => !Allowed.Contains((from, to))).ToList();
        Assert.NotEmpty(forbidden);

        foreach (var to in forbidden)
        {
            var form = AduanPage.ValidChange(to);
            form["Ubah.InternalNote"] = "Ketikan yang tidak boleh hilang";
            using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, form);

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var page = await PageClient.ParseAsync(response);
            Assert.Contains($"Status tidak dapat diubah dari {Shown[from]} ke {Shown[to]}.", page.Text(".error-summary"), StringComparison.Ordinal);
            Assert.Equal(Shown[from], page.Text(".status-block .status"));
            if (page.QuerySelector("#ubah-status form") is not null)
            {
                Assert.Equal("Ketikan yang tidak boleh hilang", page.ValueOf("Ubah.InternalNote"));
            }
        }

        Assert.Equal(Shown[from], (await reporter.PageAsync()).Text(".status-block .status"));
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task Get_StatusForm_OffersExactlyTheAllowedNextStatuses(ComplaintStatus from)
    {
        var (reporter, staff) = await ReportInAsync(from);
        using var _ = reporter;
        using var __ = staff;

        var page = await staff.GetPageAsync(AduanPage.Url(reporter.Number));

        var offered = page.QuerySelectorAll("select[name='Ubah.To'] option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(Allowed.Where(a => a.From == from).Select(a => Shown[a.To]).Order().ToList(), offered.Order().ToList());
        if (offered.Count == 0)
        {
            Assert.Contains("status akhir", page.Text("#ubah-status"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ComplaintStatus.PerluDilengkapi)]
    [InlineData(ComplaintStatus.Ditolak)]
    [InlineData(ComplaintStatus.Diteruskan)]
    public async Task Post_ChangeNeedingAPublicNote_WithoutOne_IsRefusedAndKeepsWhatWasTyped(ComplaintStatus to)
    {
        var (reporter, staff) = await ReportInAsync(ComplaintStatus.Verifikasi);
        using var _ = reporter;
        using var __ = staff;
        var form = AduanPage.ValidChange(to);
        form["Ubah.PublicNote"] = "   ";
        form["Ubah.InternalNote"] = "Catatan internal yang diketik";

        using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains($"Catatan untuk pelapor wajib diisi untuk status {Shown[to]}.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Catatan internal yang diketik", page.ValueOf("Ubah.InternalNote"));
        Assert.Equal(to.ToString(), page.ValueOf("Ubah.To"));
        Assert.Equal("Verifikasi", page.Text(".status-block .status"));
    }

    [Fact]
    public async Task Post_Selesai_WithoutPublicNoteOrOutcome_NamesBoth()
    {
        var (reporter, staff) = await ReportInAsync(ComplaintStatus.Ditindaklanjuti);
        using var _ = reporter;
        using var __ = staff;

        using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Selesai"));

        var summary = (await PageClient.ParseAsync(response)).Text(".error-summary");
        Assert.Contains("Catatan untuk pelapor wajib diisi untuk status Selesai.", summary, StringComparison.Ordinal);
        Assert.Contains("Pilih hasil pemeriksaan: terbukti atau tidak terbukti.", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Terbukti", "Terbukti")]
    [InlineData("TidakTerbukti", "Tidak terbukti")]
    public async Task Post_Selesai_WithOutcome_ShowsTheOutcome(string outcome, string shown)
    {
        var (reporter, staff) = await ReportInAsync(ComplaintStatus.Ditindaklanjuti);
        using var _ = reporter;
        using var __ = staff;

        using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Selesai", "Hasil pemeriksaan telah disampaikan.", outcome: outcome));

        Assert.Equal(shown, (await staff.FollowAsync(response)).Text("[data-outcome]"));
    }

    [Fact]
    public async Task Post_Diteruskan_WithoutTarget_IsRefused_AndOtherBodyNeedsItsName()
    {
        var (reporter, staff) = await ReportInAsync(ComplaintStatus.Verifikasi);
        using var _ = reporter;
        using var __ = staff;

        using (var noTarget = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Diteruskan", "Diteruskan.")))
        {
            Assert.Contains("Sebutkan instansi tujuan penerusan", (await PageClient.ParseAsync(noTarget)).Text(".error-summary"), StringComparison.Ordinal);
        }

        using (var otherUnnamed = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Diteruskan", "Diteruskan.", forwardTarget: "Instansi lain")))
        {
            Assert.Contains("Sebutkan nama instansi tujuan.", (await PageClient.ParseAsync(otherUnnamed)).Text(".error-summary"), StringComparison.Ordinal);
        }

        using var named = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Diteruskan", "Diteruskan.", forwardTarget: "Instansi lain", forwardDetail: "Inspektorat Provinsi Kalimantan Timur"));
        Assert.Equal("Instansi lain: Inspektorat Provinsi Kalimantan Timur", (await staff.FollowAsync(named)).Text("[data-forwarded]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Dibatalkan")]
    [InlineData("3")]
    public async Task Post_UnknownStatus_AsksToChooseOne(string value)
    {
        var (reporter, staff) = await ReportInAsync(ComplaintStatus.Diterima);
        using var _ = reporter;
        using var __ = staff;

        using var response = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm(value, "Catatan"));

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Pilih status baru.", page.Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Diterima", page.Text(".status-block .status"));
    }
}
