using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Documents;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Tests.Gratifikasi;

/// <summary>
/// The KPK form: the UPG's alone, from verification onwards, printed only through a form with a reason; identity in
/// full, the reporter's additions and every document; each one printed is audited with the reason and no content.
/// </summary>
public class FormulirKpkPdfTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Reason = "Penerusan laporan kepada KPK sesuai Pasal 12C.";

    private static string Url(string number) => $"/Staf/Gratifikasi/FormulirKpk/{number}";

    [Fact]
    public async Task Post_AsUpgAfterVerification_DownloadsTheFullFormAndAuditsTheReason()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync(files: [Png("kuitansi-bingkisan.png"), Png("kuitansi-bingkisan.png", extraBytes: 2048)]);
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);

        using var response = await PrintAsync(browser, number, Reason);

        var text = PdfText.Of(await PdfText.ReadAsync(response, $"formulir-kpk-{number}.pdf"));
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("Inspektorat Kota Bontang", text, StringComparison.Ordinal);
        Assert.Contains("FORMULIR LAPORAN GRATIFIKASI", text, StringComparison.Ordinal);
        foreach (var expected in new[]
        {
            "I. DATA PELAPOR", "II. DATA PEMBERI", "III. OBJEK GRATIFIKASI", "IV. KRONOLOGI", "V. INFORMASI TAMBAHAN DARI PELAPOR", "VI. DOKUMEN PENDUKUNG",
            GratificationSamples.FullName, GratificationSamples.Nik, GratificationSamples.Nip, GratificationSamples.PhoneNumber,
            "rahma.contoh@example.org", "PT Sinar Kaltim Abadi", "Kontraktor pengadaan", "Rp 2.500.000", "Dititipkan di UPG",
            "Terkait tugas / kedinasan", "Dilaporkan tepat waktu", "Diverifikasi UPG", "Bontang,",
            "1. kuitansi-bingkisan.png", "2. kuitansi-bingkisan.png",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // Two files of the same name are numbered and each carries its upload time and size.
        var sizes = (await FilesAsync(number)).Select(f => EvidenceIntake.FormatSize(f.Size)).ToList();
        Assert.Equal(2, sizes.Count);
        Assert.All(sizes, size => Assert.Contains(size, text, StringComparison.Ordinal));
        Assert.Equal(2, Regex.Count(text, @"diunggah \d{1,2} \w+ \d{4} \d{2}\.\d{2}"));
        Assert.Contains("Tidak ada.", text, StringComparison.Ordinal);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var entry = Assert.Single(await db.AuditEntries.Where(e => e.Action == AuditActions.KpkForm && e.Subject == number).ToListAsync());
        Assert.Equal(upg.Username, entry.Actor);
        Assert.Equal(Reason, await Security.AuditNotes.OpenAsync(factory, entry, Reason));
        Assert.NotNull((await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number)).IdentityRevealedAt);
    }

    [Fact]
    public async Task Post_ReportWithCompletions_ListsEachAdditionWithItsDateAfterTheChronology()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync(files: [Png("kuitansi-bingkisan.png")]);
        await AddReporterMessageAsync(number, completion: "Foto amplop dan isinya sudah saya lampirkan.");
        await AddReporterMessageAsync(number, plain: "Terima kasih, saya menunggu kabar.");
        await AddReporterMessageAsync(number, completion: "Pemberi juga mengirim pesan singkat setelah rapat.");
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);

        using var response = await PrintAsync(browser, number, Reason);

        var text = PdfText.Of(await PdfText.ReadAsync(response, $"formulir-kpk-{number}.pdf"));
        var section = text[text.IndexOf("V. INFORMASI TAMBAHAN DARI PELAPOR", StringComparison.Ordinal)..text.IndexOf("VI. DOKUMEN PENDUKUNG", StringComparison.Ordinal)];
        Assert.True(text.IndexOf("IV. KRONOLOGI", StringComparison.Ordinal) < text.IndexOf("V. INFORMASI TAMBAHAN", StringComparison.Ordinal));
        Assert.Matches(@"1\. Dikirim \d{1,2} \w+ \d{4} \d{2}\.\d{2}", section);
        Assert.Contains("Foto amplop dan isinya sudah saya lampirkan.", section, StringComparison.Ordinal);
        Assert.Contains("2. Dikirim", section, StringComparison.Ordinal);
        Assert.Contains("Pemberi juga mengirim pesan singkat setelah rapat.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Terima kasih, saya menunggu kabar.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidak ada.", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LateReportWithKpkDecision_SaysSoAndRunsOverPagesWhenLong()
    {
        var draft = GratificationSamples.Draft(Api.GratificationApiForm.Today);
        draft.ReceivedDate = "2026-08-03";
        draft.Chronology = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Paragraf {i}: pemberi datang ke kantor dan menyerahkan bingkisan setelah rapat koordinasi perizinan."));
        var number = await SubmitAsync(draft);
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var report = await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number);
            report.Status = GratificationStatus.DitetapkanKpk;
            report.ForwardedToKpkOn = new DateOnly(2026, 11, 10);
            report.KpkDecision = KpkDecision.MilikNegara;
            report.KpkDecisionNumber = "123/KPK/XI/2026";
            report.KpkDecisionDate = new DateOnly(2026, 11, 20);
            report.KpkSignatoryLevel = PositionLevel.Pengawas;
            report.KpkDecisionSignedBy = "Direktur Gratifikasi dan Pelayanan Publik";
            await db.SaveChangesAsync();
        }

        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();

        using var response = await PrintAsync(browser, number, Reason);

        var pdf = await PdfText.ReadAsync(response, $"formulir-kpk-{number}.pdf");
        var text = PdfText.Of(pdf);
        Assert.Contains("Terlambat dilaporkan", text, StringComparison.Ordinal);
        Assert.Contains("10 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Milik negara", text, StringComparison.Ordinal);
        Assert.Contains("123/KPK/XI/2026", text, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Direktur Gratifikasi dan Pelayanan Publik", text, StringComparison.Ordinal);
        Assert.Contains("Paragraf 60:", text, StringComparison.Ordinal);
        var pages = PdfText.Pages(pdf);
        Assert.True(pages >= 2, $"A long chronology should continue on another page; got {pages}.");
        Assert.Contains($"Halaman {pages} dari {pages}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GratificationStatus.Diajukan)]
    [InlineData(GratificationStatus.PerluDilengkapi)]
    public async Task Post_BeforeVerification_Answers409WithAMessage_NotOfferedAndNotAudited(GratificationStatus status)
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, UpgPage.PathTo[status]);

        var detail = await browser.GetPageAsync(UpgPage.Url(number));
        Assert.Null(detail.QuerySelector("#formulir-kpk form"));
        Assert.Equal(KpkForms.NotYetMessage, detail.Text("[data-kpk-form-unavailable]"));

        using var response = await UpgPage.PostAsync(browser, detail, number, "FormulirKpk", new Dictionary<string, string?> { ["AlasanFormulir"] = Reason });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal(KpkForms.NotYetMessage, page.Text("[data-kpk-form-unavailable]"));
        Assert.Equal(0, await AuditCountAsync(number));
        Assert.Null(await RevealedAtAsync(number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cek KPK")]
    public async Task Post_WithoutAReason_IsRefusedOnThePageAndNotAudited(string reason)
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);

        using var response = await PrintAsync(browser, number, reason);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal(KpkForms.ReasonMessage, page.FieldError("AlasanFormulir"));
        Assert.NotNull(page.QuerySelector("#formulir-kpk details[open]"));
        Assert.DoesNotContain(GratificationSamples.Nik, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(0, await AuditCountAsync(number));
        Assert.Null(await RevealedAtAsync(number));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);

        using var response = await browser.SubmitAsync(UpgPage.Url(number), new Dictionary<string, string?> { ["AlasanFormulir"] = Reason },
            formSelector: "#formulir-kpk form", withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await AuditCountAsync(number));
    }

    [Fact]
    public async Task Get_OldAddress_LeadsToTheReportPageWithoutAFormOrAnAudit()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(browser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);

        using var response = await browser.Http.GetAsync(Url(number));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Staf/Gratifikasi/{number}#formulir-kpk", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(0, await AuditCountAsync(number));
        Assert.Null(await RevealedAtAsync(number));
    }

    [Theory]
    [InlineData(StaffRoles.Verifikator)]
    [InlineData(StaffRoles.Inspektur)]
    [InlineData(StaffRoles.Admin)]
    public async Task PostAndGet_AsOtherStaff_AreRefusedAndNotAudited(string role)
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var upgBrowser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(upgBrowser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);
        var staff = await StaffMember.CreateAsync(factory, role);
        using var browser = await staff.BrowserAsync();
        var own = await browser.GetPageAsync("/Staf");

        using var post = await UpgPage.PostAsync(browser, own, number, "FormulirKpk", new Dictionary<string, string?> { ["AlasanFormulir"] = Reason });
        using var get = await browser.Http.GetAsync(Url(number));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Staf/Ditolak", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
            Assert.Null(response.Content.Headers.ContentDisposition);
        }

        Assert.Equal(0, await AuditCountAsync(number));
        Assert.Null(await RevealedAtAsync(number));
    }

    [Fact]
    public async Task PostAndGet_AsReporter_AreSentToStaffSignIn()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var upgBrowser = await upg.BrowserAsync();
        var number = await SubmitAsync();
        await UpgPage.MoveAsync(upgBrowser, number, UpgFixture.Today, GratificationStatus.DiverifikasiUpg);
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var content = new FormUrlEncodedContent([new("AlasanFormulir", Reason)]);
        using var post = await browser.Http.PostAsync($"{UpgPage.Url(number)}?handler=FormulirKpk", content);
        using var get = await browser.Http.GetAsync(Url(number));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Staf/Masuk", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
            Assert.Null(response.Content.Headers.ContentDisposition);
        }

        Assert.Equal(0, await AuditCountAsync(number));
    }

    [Fact]
    public async Task Post_UnknownOrComplaintNumber_Returns404()
    {
        var upg = await StaffMember.CreateAsync(factory, StaffRoles.Upg);
        using var browser = await upg.BrowserAsync();
        var own = await browser.GetPageAsync("/Staf/Gratifikasi");
        var fields = new Dictionary<string, string?> { ["AlasanFormulir"] = Reason };

        using var unknown = await UpgPage.PostAsync(browser, own, $"GRT-{AgencyTime.Year}-99999", "FormulirKpk", fields);
        using var complaint = await UpgPage.PostAsync(browser, own, $"ADU-{AgencyTime.Year}-00001", "FormulirKpk", fields);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, complaint.StatusCode);
    }

    private static Task<HttpResponseMessage> PrintAsync(PageClient browser, string number, string reason) =>
        browser.SubmitAsync(UpgPage.Url(number), new Dictionary<string, string?> { ["AlasanFormulir"] = reason }, formSelector: "#formulir-kpk form");

    private static IncomingFile Png(string name, int extraBytes = 0)
    {
        // Trailing bytes after IEND keep the image valid and change its size.
        var bytes = SampleFiles.PngBytes.Concat(new byte[extraBytes]).ToArray();
        return new IncomingFile(name, bytes.Length, () => new MemoryStream(bytes));
    }

    private async Task<string> SubmitAsync(Wbs.Web.Features.Gratifikasi.GratificationDraft? draft = null, IReadOnlyList<IncomingFile>? files = null)
    {
        using var api = factory.CreateApiClient();
        var reporter = await api.SignUpAsync();
        await using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var reporterId = (await users.FindByNameAsync(reporter.Username))!.Id;
        return (await GratificationSamples.SubmitAsync(factory.Services, reporterId, draft ?? GratificationSamples.Draft(Api.GratificationApiForm.Today), files)).RegistrationNumber;
    }

    /// <summary>A reporter's message, a completion written as the reporter's completion form writes it or a plain one.</summary>
    private async Task AddReporterMessageAsync(string number, string? completion = null, string? plain = null)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var replies = scope.ServiceProvider.GetRequiredService<Wbs.Web.Features.Kasus.ReporterCaseWork>();
        var id = (await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number)).Id;
        if (completion is not null)
        {
            replies.AddCompletion(id, completion, [], DateTime.UtcNow);
        }
        else
        {
            replies.AddMessage(id, plain!, DateTime.UtcNow);
        }

        await db.SaveChangesAsync();
    }

    private async Task<List<Attachment>> FilesAsync(string number)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = (await db.GratificationReports.SingleAsync(r => r.RegistrationNumber == number)).Id;
        return await db.Attachments.AsNoTracking().Where(a => a.ReportId == id).ToListAsync();
    }

    private async Task<int> AuditCountAsync(string number)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().AuditEntries.CountAsync(e => e.Action == AuditActions.KpkForm && e.Subject == number);
    }

    private async Task<DateTime?> RevealedAtAsync(string number)
    {
        await using var scope = factory.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<WbsDbContext>().GratificationReports.SingleAsync(r => r.RegistrationNumber == number)).IdentityRevealedAt;
    }
}
