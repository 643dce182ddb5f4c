using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Documents;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Lacak;

public class AnonymousPageTests(LacakFactory factory) : IClassFixture<LacakFactory>
{
    [Fact]
    public async Task Get_Kirim_OffersBothWaysAndSaysWhatEachMeans()
    {
        using var browser = factory.CreatePageClient();
        var home = await browser.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll("a[href='/Kirim']"), a => a.TextContent.Contains("Kirim Pengaduan", StringComparison.Ordinal));
        Assert.NotNull(home.QuerySelector("nav a[href='/Lacak']"));

        var page = await browser.GetPageAsync("/Kirim");

        Assert.NotNull(page.QuerySelector("a[href='/Pengaduan/Tambah']"));
        Assert.NotNull(page.QuerySelector("a[href='/Kirim/TanpaAkun']"));
        Assert.Contains("hanya melalui pesan di halaman pengaduan", page.Text("#tanpa-akun + p + ul"), StringComparison.Ordinal);
        Assert.Contains("Tidak ada yang dapat memulihkannya", page.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TanpaAkun_ShowsNumberAndCodeOnce_AndStoresOnlyASlowHash()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory, new ComplaintBuilder().WithFiles(SampleFiles.Png("foto.png")));

        Assert.Matches(@"^ADU-\d{4}-\d{5}$", reporter.Number);
        Assert.Matches(@"^\d{5}(-\d{5}){4}$", reporter.Code);
        Assert.Contains("hanya ditampilkan sekali", reporter.Shown.Text(".once-box"), StringComparison.Ordinal);
        Assert.Contains("termasuk Inspektorat", reporter.Shown.Text(".once-box"), StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var report = await db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == reporter.Number);
        Assert.Null(report.ReporterId);
        var access = await db.AnonymousAccesses.AsNoTracking().SingleAsync(a => a.ReportId == report.Id);
        Assert.StartsWith("pbkdf2-sha256$600000$", access.CodeHash, StringComparison.Ordinal);
        Assert.DoesNotContain(reporter.Code.Replace("-", "", StringComparison.Ordinal), access.CodeHash, StringComparison.Ordinal);
        Assert.Null(access.SealedContact);

        // The code is never shown again: the report's page does not carry it.
        var page = await reporter.PageAsync();
        Assert.DoesNotContain(reporter.Code, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("foto.png", page.Text("ul.files"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TanpaAkun_BadInputAndBadContact_KeepsEverythingTypedWithIndonesianReasons()
    {
        using var browser = factory.CreatePageClient();
        var form = await browser.GetPageAsync("/Kirim/TanpaAkun");
        var values = new ComplaintBuilder { Title = "" }.PageForm(form);
        values["Contact.PhoneNumber"] = "12345";
        values["Contact.Email"] = "bukan-email";

        using var response = await browser.SubmitAsync(form, "/Kirim/TanpaAkun", values);
        var page = await PageClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("[data-access-code]"));
        var errors = PageClient.ErrorsOn(page);
        Assert.Contains("Nomor HP tidak dikenali", errors, StringComparison.Ordinal);
        Assert.Contains("Alamat email tidak valid", errors, StringComparison.Ordinal);
        Assert.Equal("12345", page.ValueOf("Contact.PhoneNumber"));
        Assert.Equal("Loket perizinan, Jl. Moch. Roem", page.ValueOf("Input.Location"));
    }

    [Fact]
    public async Task Lacak_RightCode_OpensTheReport_AndKeluarEndsEveryCopyOfTheSession()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var browser = factory.CreatePageClient();

        using var opened = await AnonymousReporter.OpenAsync(browser, reporter.Number.ToLowerInvariant(), reporter.Code.Replace("-", " ", StringComparison.Ordinal));
        Assert.Equal($"/Lacak/Pengaduan/{reporter.Number}", opened.Headers.Location?.OriginalString);
        Assert.DoesNotContain(reporter.Code, opened.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await browser.FollowAsync(opened);
        Assert.Equal("Diterima", page.Text(".status-block .status"));
        Assert.Contains("melalui pesan di halaman ini", page.Text("[data-contact-note]"), StringComparison.Ordinal);

        // A copy of the cookie taken before Keluar stops working with it.
        var cookie = opened.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wbs.lacak=", StringComparison.Ordinal)).Split(';')[0];
        using var thief = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var before = new HttpRequestMessage(HttpMethod.Get, $"/Lacak/Pengaduan/{reporter.Number}") { Headers = { { "Cookie", cookie } } };
        Assert.Equal(HttpStatusCode.OK, (await thief.SendAsync(before)).StatusCode);

        var again = new AnonymousReporter(browser, reporter.Number, reporter.Code, page);
        await again.SignOutAsync();

        using var after = new HttpRequestMessage(HttpMethod.Get, $"/Lacak/Pengaduan/{reporter.Number}") { Headers = { { "Cookie", cookie } } };
        using var refused = await thief.SendAsync(after);
        Assert.Equal("/Lacak?berakhir=1", refused.Headers.Location?.OriginalString);
        using var own = await browser.Http.GetAsync($"/Lacak/Pengaduan/{reporter.Number}");
        Assert.Equal("/Lacak?berakhir=1", own.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Lacak_WrongCodeAndUnknownNumber_GetTheSameAnswerAfterTheSameFloor()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        using var browser = factory.CreatePageClient();
        var wrongCode = "11111-22222-33333-44444-55555";

        var clock = Stopwatch.StartNew();
        using var wrong = await AnonymousReporter.OpenAsync(browser, reporter.Number, wrongCode);
        var wrongTime = clock.Elapsed;
        clock.Restart();
        using var unknown = await AnonymousReporter.OpenAsync(browser, "ADU-2019-99999", reporter.Code);
        var unknownTime = clock.Elapsed;
        using var malformed = await AnonymousReporter.OpenAsync(browser, "bukan nomor", "abc");

        var answers = new[] { wrong, unknown, malformed };
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var problems = new List<string>();
        foreach (var answer in answers)
        {
            var page = await PageClient.ParseAsync(answer);
            problems.Add(page.Text("[data-lacak-problem]"));
            Assert.Equal("", page.ValueOf("KodeAkses") ?? "");
        }

        Assert.Single(problems.Distinct());
        Assert.Contains("tidak cocok", problems[0], StringComparison.Ordinal);
        Assert.True(wrongTime >= TimeSpan.FromSeconds(1) && unknownTime >= TimeSpan.FromSeconds(1), $"{wrongTime} / {unknownTime}");
    }

    [Fact]
    public async Task Lacak_SessionOfOneReport_AnswersNotFoundForEveryOtherNumber()
    {
        using var first = await AnonymousReporter.SubmitAsync(factory);
        using var second = await AnonymousReporter.SubmitAsync(factory);
        using var account = await Complainant.SubmitAsync(factory);

        foreach (var other in new[] { second.Number, account.Number, "ADU-2026-99999" })
        {
            using var page = await first.Browser.Http.GetAsync($"/Lacak/Pengaduan/{other}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            using var file = await first.Browser.Http.GetAsync($"/Lacak/Pengaduan/{other}?handler=Berkas&id={Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        }

        // An account's complaint cannot be opened on Lacak, and the anonymous one is not in any account's list.
        using var lacak = await AnonymousReporter.OpenAsync(factory.CreatePageClient(), account.Number, first.Code);
        Assert.NotNull((await PageClient.ParseAsync(lacak)).QuerySelector("[data-lacak-problem]"));
        var list = await account.Browser.GetPageAsync("/Pengaduan");
        Assert.DoesNotContain(first.Number, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        using var foreign = await account.Browser.Http.GetAsync($"/Pengaduan/{first.Number}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Lacak_StaffAskForCompletion_ReporterCompletesWithAFile_AndStaffSeeTanpaAkun()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        var staff = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        using var _ = staff;
        var inbox = await staff.GetPageAsync("/Staf");
        Assert.NotNull(inbox.QuerySelector($"tr[data-number='{reporter.Number}'] [data-without-account]"));
        await AduanPage.MoveAsync(staff, reporter.Number, ComplaintStatus.Verifikasi);
        using var asked = await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("PerluDilengkapi", "Sebutkan tanggal pastinya.", null));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var page = await reporter.PageAsync();
        Assert.Contains("Sebutkan tanggal pastinya.", page.Text("#lengkapi .request-note"), StringComparison.Ordinal);
        using var completed = await reporter.Browser.SubmitAsync(page, $"/Lacak/Pengaduan/{reporter.Number}",
            new Dictionary<string, string?> { ["Informasi"] = "Tanggal 17 Maret 2026." }, [SampleFiles.Png("kuitansi.png")], formSelector: "#lengkapi form");
        var after = await reporter.Browser.FollowAsync(completed);
        Assert.Equal("Verifikasi", after.Text(".status-block .status"));
        Assert.Contains("kuitansi.png", after.Text("ul.files"), StringComparison.Ordinal);

        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.NotNull(staffPage.QuerySelector("[data-without-account]"));
        Assert.Contains("pelapor tidak meninggalkan kontak", staffPage.Text("[data-without-account-contact]"), StringComparison.Ordinal);
        Assert.Contains("Tanggal 17 Maret 2026.", staffPage.DocumentElement.TextContent, StringComparison.Ordinal);

        // The reporter's own cleaned file downloads from the Lacak page.
        var link = after.QuerySelector("ul.files a")!.GetAttribute("href")!;
        using var download = await reporter.Browser.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Lacak_ContactLeft_IsSealedMaskedAndRevealedOnlyByAnAuditedInspektur()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory, contact: new() { ["Contact.PhoneNumber"] = "0812 3456 7890" });
        var staff = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        using var _ = staff;

        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal("•••••890", staffPage.Text("[data-masked-phone]"));
        Assert.DoesNotContain("081234567890", staffPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        using var revealed = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["AlasanKontak"] = "Perlu konfirmasi tanggal kejadian." }, formSelector: "#kontak form");
        var shown = await PageClient.ParseAsync(revealed);
        Assert.Equal("081234567890", shown.Text("[data-revealed-phone]"));
        Assert.Contains(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);
    }

    [Fact]
    public async Task Receipt_HasNoCodeUnlessTicked_AndThenOnlyTheRightOne()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory);
        var form = "form[action='/Lacak/TandaTerima']";

        using var plain = await reporter.Browser.SubmitAsync(reporter.Shown, "/Kirim/TanpaAkun", new Dictionary<string, string?>(), formSelector: form);
        var plainText = PdfText.Of(await plain.Content.ReadAsByteArrayAsync());
        Assert.Contains(reporter.Number, plainText, StringComparison.Ordinal);
        Assert.DoesNotContain(reporter.Code, plainText, StringComparison.Ordinal);
        Assert.Contains("Lacak Pengaduan", plainText, StringComparison.Ordinal);

        using var ticked = await reporter.Browser.SubmitAsync(reporter.Shown, "/Kirim/TanpaAkun", new Dictionary<string, string?> { ["sertakanKode"] = "true" }, formSelector: form);
        Assert.Contains(reporter.Code, PdfText.Of(await ticked.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        using var forged = await reporter.Browser.SubmitAsync(reporter.Shown, "/Kirim/TanpaAkun",
            new Dictionary<string, string?> { ["sertakanKode"] = "true", ["kodeAkses"] = "11111-22222-33333-44444-55555" }, formSelector: form);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }
}
