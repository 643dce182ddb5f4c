using System.Net;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Staf;

/// <summary>
/// A staff page's error is shown in the staff layout: its menu and its "Keluar" are the staff session's, so signing
/// out from a 404 really ends the staff session (before, the public page's "Keluar" ended only a reporter's).
/// </summary>
public class StaffErrorPageTests
{
    private static void AssertStaffLayout(IHtmlDocument page)
    {
        Assert.Equal("Halaman tidak ditemukan", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains("staff", page.Body!.ClassList);
        Assert.NotNull(page.QuerySelector("form[action='/Staf/Keluar']"));
        Assert.Null(page.QuerySelector("form[action='/Akun/Keluar']"));
        Assert.NotNull(page.QuerySelector("main a[href='/Staf']"));
    }

    [Fact]
    public async Task UnknownStaffPathAndAnotherHandlersReport_AnswerAStaff404_WhoseKeluarEndsTheStaffSession()
    {
        using var factory = new BackOfficeFactory();
        using var reporter = factory.CreatePageClient();
        await reporter.RegisterAsync();
        var number = await reporter.SubmitValidReportAsync();
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var browser = await verifikator.BrowserAsync();

        using var unknown = await browser.Http.GetAsync("/Staf/TidakAda");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        AssertStaffLayout(await PageClient.ParseAsync(unknown));

        // The report is not assigned to this Verifikator.
        using var notTheirs = await browser.Http.GetAsync("/Staf/Pengaduan/" + number);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        var page = await PageClient.ParseAsync(notTheirs);
        AssertStaffLayout(page);
        Assert.Contains("lingkup tugas Anda", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var signedOut = await browser.SubmitAsync(page, "/Staf/Pengaduan/" + number, new Dictionary<string, string?>(), formSelector: "form[action='/Staf/Keluar']");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var inbox = await browser.Http.GetAsync("/Staf");
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.StartsWith("/Staf/Masuk", inbox.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPathsKeepThePublicErrorPage()
    {
        using var factory = new BackOfficeFactory();
        using var browser = factory.CreatePageClient();

        using var response = await browser.Http.GetAsync("/Pengaduan/Detail/ADU-2026-99999");

        var page = await PageClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("staff", page.Body!.ClassList);
        Assert.Null(page.QuerySelector("form[action='/Staf/Keluar']"));
    }
}
