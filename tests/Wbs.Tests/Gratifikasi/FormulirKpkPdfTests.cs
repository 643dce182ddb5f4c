using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.BackOffice;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The KPK form: the UPG's alone, identity in full, and each one printed is audited without content.</summary>
public class FormulirKpkPdfTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Get_AsUpg_DownloadsTheFullFormAndAudits()
    {
        var number = await SubmitAsync(files: [new Wbs.Web.Evidence.IncomingFile("kuitansi-bingkisan.png", SampleFiles.PngBytes.Length, () => new MemoryStream(SampleFiles.PngBytes))]);
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();

        var pdf = await PdfText.DownloadAsync(browser.Http, $"/Staf/Gratifikasi/FormulirKpk/{number}", $"formulir-kpk-{number}.pdf");

        var text = PdfText.Of(pdf);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Inspektorat Kota Bontang", text, StringComparison.Ordinal);
        Assert.Contains("FORMULIR LAPORAN GRATIFIKASI", text, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "I. DATA PELAPOR", "II. DATA PEMBERI", "III. OBJEK GRATIFIKASI", "IV. KRONOLOGI", "V. DOKUMEN PENDUKUNG",
            GratificationSamples.FullName, GratificationSamples.Nik, GratificationSamples.Nip, GratificationSamples.PhoneNumber,
            "rahma.contoh@example.org", "PT Sinar Kaltim Abadi", "Kontraktor pengadaan", "Rp 2.500.000", "Dititipkan di UPG",
            "Terkait tugas / kedinasan", "kuitansi-bingkisan.png", "Dilaporkan tepat waktu", "Diajukan", "Bontang,",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var entries = await db.AuditEntries.Where(e => e.Action == AuditActions.KpkForm && e.Subject == number).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal(upg.Username, entry.Actor);
        Assert.Null(entry.Detail);
        Assert.NotNull((await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number)).IdentityRevealedAt);
    }

    [Fact]
    public async Task Get_LateReportWithKpkDecision_SaysSoAndRunsOverPagesWhenLong()
    {
        var draft = GratificationSamples.Draft(Api.GratificationApiForm.Today);
        draft.ReceivedDate = "2026-08-03";
        draft.Chronology = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Paragraf {i}: pemberi datang ke kantor dan menyerahkan bingkisan setelah rapat koordinasi perizinan."));
        var number = await SubmitAsync(draft);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number);
            report.ForwardedToKpkOn = new DateOnly(2026, 11, 10);
            report.KpkDecision = KpkDecision.MilikNegara;
            report.KpkDecisionNumber = "123/KPK/XI/2026";
            report.KpkDecisionDate = new DateOnly(2026, 11, 20);
            await db.SaveChangesAsync();
        }

        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();

        var pdf = await PdfText.DownloadAsync(browser.Http, $"/Staf/Gratifikasi/FormulirKpk/{number}", $"formulir-kpk-{number}.pdf");

        var text = PdfText.Of(pdf);
        Assert.Contains("Terlambat dilaporkan", text, StringComparison.Ordinal);
        Assert.Contains("10 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Milik negara", text, StringComparison.Ordinal);
        Assert.Contains("123/KPK/XI/2026", text, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Paragraf 60:", text, StringComparison.Ordinal);
        var pages = PdfText.Pages(pdf);
        Assert.True(pages >= 2, $"A long chronology should continue on another page; got {pages}.");
        Assert.Contains($"Halaman {pages} dari {pages}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Verifikator)]
    [InlineData(StaffRoles.Inspektur)]
    [InlineData(StaffRoles.Admin)]
    public async Task Get_AsOtherStaff_IsRefusedAndNotAudited(string role)
    {
        var number = await SubmitAsync();
        var staff = await StaffMember.CreateAsync(factory, role);
        using var browser = await staff.BrowserAsync();

        using var response = await browser.Http.GetAsync($"/Staf/Gratifikasi/FormulirKpk/{number}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Staf/Ditolak", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(0, await AuditCountAsync(number));
    }

    [Fact]
    public async Task Get_AsReporter_IsSentToStaffSignIn()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();
        var number = await SubmitAsync();

        using var response = await browser.Http.GetAsync($"/Staf/Gratifikasi/FormulirKpk/{number}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Staf/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync(number));
    }

    [Fact]
    public async Task Get_UnknownOrComplaintNumber_Returns404()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();

        using var unknown = await browser.Http.GetAsync($"/Staf/Gratifikasi/FormulirKpk/GRT-{AgencyTime.Year}-99999");
        using var complaint = await browser.Http.GetAsync($"/Staf/Gratifikasi/FormulirKpk/ADU-{AgencyTime.Year}-00001");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complaint.StatusCode);
    }

    private async Task<string> SubmitAsync(Wbs.Web.Gratifikasi.GratificationDraft? draft = null, IReadOnlyList<Wbs.Web.Evidence.IncomingFile>? files = null)
    {
        using var api = factory.CreateApiClient();
        var reporter = await api.SignUpAsync();
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var reporterId = (await users.FindByNameAsync(reporter.Username))!.Id;
        return (await GratificationSamples.SubmitAsync(factory.Services, reporterId, draft ?? GratificationSamples.Draft(Api.GratificationApiForm.Today), files)).RegistrationNumber;
    }

    private async Task<int> AuditCountAsync(string number)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries.CountAsync(e => e.Action == AuditActions.KpkForm && e.Subject == number);
    }
}
