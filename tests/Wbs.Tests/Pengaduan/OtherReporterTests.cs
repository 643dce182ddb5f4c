using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Pengaduan;

/// <summary>A reporter sees only their own complaints: another reporter's number is simply not there.</summary>
public class OtherReporterTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_OtherReportersNumber_Returns404OnPageApiAndDownloads()
    {
        using var owner = factory.CreatePageClient();
        await owner.RegisterAsync();
        var number = await owner.SubmitValidReportAsync(new ComplaintBuilder { Title = "Rahasia pelapor pertama" }.WithFiles(SampleFiles.Png()));
        var ownerPage = await owner.GetPageAsync($"/Pengaduan/{number}");
        var pageDownload = ownerPage.QuerySelector("ul.files li a")!.GetAttribute("href")!;
        var attachmentId = pageDownload[(pageDownload.IndexOf("&id=", StringComparison.Ordinal) + 4)..];
        using (var ownDownload = await owner.Http.GetAsync(pageDownload))
        {
            Assert.Equal(HttpStatusCode.OK, ownDownload.StatusCode);
        }

        using var other = factory.CreatePageClient();
        var otherReporter = await other.RegisterAsync();
        using var api = factory.CreateApiClient();
        await api.UseTokenOfAsync(otherReporter);

        using var page = await other.Http.GetAsync($"/Pengaduan/{number}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("Rahasia pelapor pertama", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var download = await other.Http.GetAsync(pageDownload);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Null(download.Content.Headers.ContentDisposition);

        using var detail = await api.Http.GetAsync($"/api/v1/reports/{number}");
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal("application/problem+json", detail.Content.Headers.ContentType?.MediaType);

        using var apiDownload = await api.Http.GetAsync($"/api/v1/reports/{number}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.NotFound, apiDownload.StatusCode);
        Assert.Null(apiDownload.Content.Headers.ContentDisposition);

        var otherList = await other.GetPageAsync("/Pengaduan");
        Assert.Empty(otherList.QuerySelectorAll("table.report-table tbody tr"));
        var apiList = await api.GetJsonAsync("/api/v1/reports");
        Assert.Equal(0, apiList.GetArrayLength());
    }

    [Fact]
    public async Task Get_OwnAttachmentUnderAnotherOwnNumber_Returns404()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var withFile = await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));
        var withoutFile = await api.CreateValidReportAsync();
        var attachmentId = (await api.GetJsonAsync($"/api/v1/reports/{withFile}")).GetProperty("attachments")[0].GetProperty("id").GetString();

        using var mismatched = await api.Http.GetAsync($"/api/v1/reports/{withoutFile}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, mismatched.StatusCode);
    }
}
