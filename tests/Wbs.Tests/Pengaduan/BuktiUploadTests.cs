using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Pengaduan;

/// <summary>An app whose evidence limits are small, so that refusing an oversize file needs only a few kilobytes.</summary>
public sealed class SmallUploadsFactory : WbsFactory
{
    public SmallUploadsFactory()
    {
        Settings["Wbs:Evidence:MaxFileBytes"] = "4096";
        Settings["Wbs:Evidence:MaxFiles"] = "3";
    }
}

/// <summary>Evidence is judged by its content; every refusal says why in Indonesian and stores nothing.</summary>
public class BuktiUploadTests(SmallUploadsFactory factory) : IClassFixture<SmallUploadsFactory>
{
    public static TheoryData<string> RefusedCases => ["executable", "oversize", "empty", "too-many"];

    private static (UploadFile[] Files, string[] Reasons) Refused(string name) => name switch
    {
        "executable" => (
            [SampleFiles.Png("foto-asli.png"), SampleFiles.ExecutableNamedJpg("foto-bukti.jpg")],
            ["Berkas \"foto-bukti.jpg\" ditolak: isinya bukan jenis berkas yang diizinkan", "meskipun namanya berakhiran .jpg"]),
        "oversize" => (
            [SampleFiles.LargePng(6000, "foto-besar.png")],
            ["Berkas \"foto-besar.png\" ditolak: ukurannya 5 KB, melebihi batas 4 KB per berkas."]),
        "empty" => (
            [SampleFiles.Empty("kosong.pdf")],
            ["Berkas \"kosong.pdf\" ditolak: berkas kosong (0 bita)."]),
        "too-many" => (
            [SampleFiles.Png("1.png"), SampleFiles.Png("2.png"), SampleFiles.Png("3.png"), SampleFiles.Png("4.png")],
            ["Terlalu banyak berkas: paling banyak 3 berkas bukti untuk satu laporan, Anda memilih 4."]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task Post_RefusedEvidenceOnThePage_SaysWhyAndStoresNothing(string refusal)
    {
        var (files, reasons) = Refused(refusal);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var report = new ComplaintBuilder { Title = "Judul yang tetap ada" }.WithFiles(files);

        using var response = await browser.SubmitReportAsync(report);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        var shown = page.FieldError("Files");
        foreach (var reason in reasons)
        {
            Assert.Contains(reason, shown, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Pilih kembali berkas bukti", shown, StringComparison.Ordinal);
        Assert.Equal("Judul yang tetap ada", page.ValueOf("Input.Title"));
        var list = await browser.GetPageAsync("/Pengaduan");
        Assert.Empty(list.QuerySelectorAll("table.report-table tbody tr"));
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task Post_RefusedEvidenceThroughTheApi_Returns400NamingFiles(string refusal)
    {
        var (files, reasons) = Refused(refusal);
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        using var response = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(files));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ApiClient.JsonAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["files"], errors.EnumerateObject().Select(p => p.Name));
        var message = errors.GetProperty("files")[0].GetString();
        foreach (var reason in reasons)
        {
            Assert.Contains(reason, message, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    [Fact]
    public async Task Post_PngNamedJpg_IsAcceptedAsThePngItIs()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        var number = await browser.SubmitValidReportAsync(new ComplaintBuilder().WithFiles(new UploadFile("foto.jpg", SampleFiles.PngBytes, "image/jpeg")));

        var page = await browser.GetPageAsync($"/Pengaduan/{number}");
        var link = page.QuerySelector("ul.files li a")!;
        using var download = await browser.Http.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(SampleFiles.PngSignature));
    }

    [Fact]
    public async Task Post_SeveralAllowedFiles_AreAllStoredWithTheirDetectedTypes()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        var number = await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(
            new UploadFile("bukti.jpg", SampleFiles.PngBytes), SampleFiles.Pdf("kuitansi.pdf"), SampleFiles.Png("loket.png")));

        var detail = await api.GetJsonAsync($"/api/v1/reports/{number}");
        var types = detail.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("contentType").GetString()).Order().ToList();
        Assert.Equal(["application/pdf", "image/png", "image/png"], types);
    }
}
