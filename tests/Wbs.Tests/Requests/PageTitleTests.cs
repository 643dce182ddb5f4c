using System.Net;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;

namespace Wbs.Tests.Requests;

/// <summary>Every page says in its title what it is, and a form sent back with errors says so first.</summary>
public class PageTitleTests
{
    [Theory]
    [InlineData("/Staf/Admin/JenisPelanggaran", "Jenis pelanggaran · Ruang Petugas")]
    [InlineData("/Staf/Admin/Unit", "Unit kerja/OPD · Ruang Petugas")]
    public async Task AdminMasterDataPages_HaveATitleOfTheirOwn(string url, string title)
    {
        using var factory = new WbsFactory();
        var admin = await BackOfficeStaff.CreateAsync(factory, StaffRoles.Admin);
        using var browser = await BackOfficeStaff.PagesAsync(factory, admin);

        var page = await browser.GetPageAsync(url);

        Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComplaintSentBackWithErrors_SaysSoInTheTitle_AndAValidPageDoesNot()
    {
        using var factory = new WbsFactory();
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var form = await browser.GetPageAsync("/Pengaduan/Tambah");
        Assert.DoesNotContain("Periksa isian", form.Title, StringComparison.Ordinal);

        using var response = await browser.SubmitReportAsync(new ComplaintBuilder { Title = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.StartsWith("Periksa isian · ", page.Title, StringComparison.Ordinal);
    }
}
