using System.Net;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

public class CompletionTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Request = "Mohon sebutkan nama lengkap petugas loket dan lampirkan foto kuitansi.";

    private async Task<(Complainant Reporter, PageClient Staff)> AskedToCompleteAsync()
    {
        var reporter = await Complainant.SubmitAsync(factory);
        var staff = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        await AduanPage.MoveAsync(staff, reporter.Number, ComplaintStatus.Verifikasi);
        using var asked = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("PerluDilengkapi", Request, "Internal: jangan sebut nama saksi."));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return (reporter, staff);
    }

    [Fact]
    public async Task Get_ReportPerluDilengkapi_ShowsTheRequestAndTheCompletionForm()
    {
        var (reporter, staff) = await AskedToCompleteAsync();
        using var _ = reporter;
        using var __ = staff;

        var page = await reporter.PageAsync();

        Assert.Equal("Perlu Dilengkapi", page.Text(".status-block .status"));
        Assert.Contains(Request, page.Text("#lengkapi .request-note"), StringComparison.Ordinal);
        var form = page.QuerySelector("#lengkapi form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("textarea[name=Informasi]"));
        Assert.NotNull(form.QuerySelector("input[type=file][name=Files]"));
        Assert.Contains("dapat menelepon nomor HP yang Anda daftarkan", page.Text("[data-contact-note]"), StringComparison.Ordinal);
        Assert.DoesNotContain("jangan sebut nama saksi", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ReportOfAnAccountWithoutPhone_SaysMessagesAreTheOnlyWay_NotThatStaffWillCall()
    {
        using var browser = factory.CreatePageClient();
        var form = Reporter.New().DaftarForm();
        form["Input.PhoneNumber"] = "";
        using (var registered = await browser.SubmitAsync("/Akun/Daftar", form))
        {
            Assert.NotNull((await PageClient.ParseAsync(registered)).QuerySelector("[data-recovery-code]"));
        }

        var number = await browser.SubmitValidReportAsync();
        var page = await browser.GetPageAsync("/Pengaduan/" + number);

        var note = page.Text("[data-contact-note]");
        Assert.DoesNotContain("menelepon", note, StringComparison.Ordinal);
        Assert.Contains("hanya melalui pesan di halaman ini", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Completion_ReturnsTheReportToVerifikasiWithTheTextAndFileForStaff()
    {
        var (reporter, staff) = await AskedToCompleteAsync();
        using var _ = reporter;
        using var __ = staff;

        using var response = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}",
            new Dictionary<string, string?> { ["Informasi"] = "Nama petugas loket: Budi Santoso." }, [SampleFiles.Png("kuitansi.png")], formSelector: "#lengkapi form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await reporter.Browser.FollowAsync(response);
        Assert.Contains("pengaduan kembali diverifikasi", page.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("Verifikasi", page.Text(".status-block .status"));
        Assert.Null(page.QuerySelector("#lengkapi"));
        Assert.Contains("kuitansi.png", page.Text("ul.files"), StringComparison.Ordinal);

        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal("Verifikasi", staffPage.Text(".status-block .status"));
        Assert.Contains("Nama petugas loket: Budi Santoso.", staffPage.Text("#pesan .message-reporter .message-body"), StringComparison.Ordinal);
        Assert.Contains("kuitansi.png", staffPage.Text("#bukti"), StringComparison.Ordinal);
        Assert.Equal("Dilengkapi pelapor", staffPage.QuerySelectorAll("#riwayat li")[^1].Text(".event-kind"));
        Assert.Equal("5 hari kerja lagi", staffPage.Text("[data-deadline]"));
    }

    [Fact]
    public async Task Post_CompletionWithoutText_IsRefusedAndTheStatusStays()
    {
        var (reporter, staff) = await AskedToCompleteAsync();
        using var _ = reporter;
        using var __ = staff;

        using var response = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}",
            new Dictionary<string, string?> { ["Informasi"] = "" }, formSelector: "#lengkapi form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Tuliskan informasi tambahan", page.FieldError("Informasi"), StringComparison.Ordinal);
        Assert.Equal("Perlu Dilengkapi", page.Text(".status-block .status"));
    }

    [Fact]
    public async Task Post_CompletionWithADisguisedFile_IsRefusedAndNothingIsStored()
    {
        var (reporter, staff) = await AskedToCompleteAsync();
        using var _ = reporter;
        using var __ = staff;

        using var response = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}",
            new Dictionary<string, string?> { ["Informasi"] = "Berikut fotonya." }, [SampleFiles.ExecutableNamedJpg()], formSelector: "#lengkapi form");

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("ditolak", page.FieldError("Files"), StringComparison.Ordinal);
        Assert.Equal("Berikut fotonya.", page.ValueOf("Informasi"));
        Assert.Equal("Perlu Dilengkapi", (await reporter.PageAsync()).Text(".status-block .status"));
        Assert.Empty((await staff.GetPageAsync(AduanPage.Url(reporter.Number))).QuerySelectorAll("#pesan .message"));
    }

    [Fact]
    public async Task Post_CompletionWhenNotAsked_IsRefused()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var page = await reporter.PageAsync();
        Assert.Null(page.QuerySelector("#lengkapi"));

        var token = page.QuerySelector("#pesan input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent("Tambahan"), "Informasi" }, { new StringContent(token), "__RequestVerificationToken" } };
        using var response = await reporter.Browser.Http.PostAsync($"/Pengaduan/{reporter.Number}?handler=Lengkapi", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sedang tidak diminta untuk dilengkapi", (await PageClient.ParseAsync(response)).Text(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Diterima", (await reporter.PageAsync()).Text(".status-block .status"));
    }
}
