using System.Net;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>Only the UPG works on gratification reports: other staff, reporters and visitors cannot post to its page either.</summary>
public class GratificationAuthorizationTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    public static TheoryData<string> OtherRoles() => [StaffRoles.Verifikator, StaffRoles.Inspektur, StaffRoles.Admin];

    [Theory]
    [MemberData(nameof(OtherRoles))]
    public async Task Post_ByStaffWithoutTheUpgRole_IsDeniedAndChangesNothing(string role)
    {
        var report = await upg.SubmitAsync();
        var uPage = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));
        using var other = await (await StaffMember.CreateAsync(upg.Factory, role)).BrowserAsync();
        var own = await other.GetPageAsync("/Staf");

        foreach (var (handler, fields) in new (string, Dictionary<string, string?>)[]
        {
            ("Status", UpgPage.StatusForm("DiverifikasiUpg")),
            ("Identitas", new() { ["AlasanIdentitas"] = "Alasan yang cukup panjang untuk dibuka." }),
            ("FormulirKpk", new() { ["AlasanFormulir"] = "Alasan yang cukup panjang untuk dicetak." }),
            ("Catatan", new() { ["Catatan"] = "Catatan dari luar UPG" }),
            ("Pesan", new() { ["Pesan"] = "Pesan dari luar UPG" }),
        })
        {
            using var response = await UpgPage.PostAsync(other, own, report.Number, handler, fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Staf/Ditolak", response.Headers.Location!.PathAndQuery().Split('?')[0]);
        }

        var seen = await report.AsReporterSeesAsync(upg.Factory);
        Assert.Equal(GratificationStatus.Diajukan, seen.Status);
        Assert.Null(seen.IdentityRevealedAt);
        Assert.Empty(seen.Messages);
        Assert.DoesNotContain(await AduanPage.AuditAsync(upg.Factory, report.Number), e => e.Actor != upg.Officer.Username);
        Assert.NotNull(uPage.QuerySelector("#identitas form"));
    }

    [Fact]
    public async Task Get_PagesWithoutAStaffSession_SendToTheStaffSignIn()
    {
        var report = await upg.SubmitAsync();
        using var reporter = upg.Factory.CreatePageClient();
        await reporter.RegisterAsync();
        using var anonymous = upg.Factory.CreatePageClient();

        foreach (var client in new[] { reporter, anonymous })
        {
            foreach (var url in new[] { UpgPage.Inbox, UpgPage.Url(report.Number) })
            {
                using var response = await client.Http.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/Staf/Masuk", response.Headers.Location!.PathAndQuery().Split('?')[0]);
            }
        }
    }

    [Fact]
    public async Task Get_StaffMenu_LinksTheUpgToItsInbox()
    {
        var page = await upg.Upg.GetPageAsync(UpgPage.Inbox);

        var link = page.QuerySelector(".site-nav a[href='/Staf/Gratifikasi']");
        Assert.NotNull(link);
        Assert.Equal("page", link.GetAttribute("aria-current"));
    }
}
