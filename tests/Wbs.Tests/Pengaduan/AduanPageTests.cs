using System.Net;
using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

public class AduanPageTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private static string Masked(string phone) => "•••••" + phone[^3..];

    private async Task<PageClient> InspekturAsync() => await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();

    [Fact]
    public async Task Get_Report_AsInspektur_ShowsTheWholeContentEvidenceDeadlineAndMaskedPhone()
    {
        var report = new ComplaintBuilder().WithFiles(SampleFiles.Png("foto-loket.png"), SampleFiles.Pdf("kuitansi.pdf"));
        using var reporter = await Complainant.SubmitAsync(factory, report);
        using var staff = await InspekturAsync();

        var page = await staff.GetPageAsync(AduanPage.Url(reporter.Number));

        Assert.Equal(reporter.Number, page.Text("h1.reg-number"));
        Assert.Equal("Diterima", page.Text(".status-block .status"));
        Assert.Equal(report.Title, page.Text("#isi-judul"));
        var facts = page.Text("dl.facts");
        foreach (var part in new[] { report.Description!, "Pungutan Liar", "Pak Anu, Kepala Seksi Perizinan (DPMPTSP)", report.Witnesses!, report.Location!, "17 Maret 2026", report.Why!, report.How!, "Rp 1.500.000" })
        {
            Assert.Contains(part, facts, StringComparison.Ordinal);
        }

        Assert.Equal(["foto-loket.png", "kuitansi.pdf"], page.QuerySelectorAll("#bukti ul.files > li > a").Select(a => a.TextContent.Trim()).Order().ToList());
        Assert.Equal(Masked(reporter.Reporter.PhoneNumber), page.Text("[data-masked-phone]"));
        Assert.DoesNotContain(reporter.Reporter.PhoneNumber, page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("5 hari kerja lagi", page.Text("[data-deadline]"));
        Assert.Equal("Belum didisposisi", page.Text("[data-handler]"));
        Assert.Equal(["Verifikasi"], page.QuerySelectorAll("select[name='Ubah.To'] option").Skip(1).Select(o => o.TextContent).ToList());
    }

    [Fact]
    public async Task Get_UnassignedReport_AsVerifikator_Returns404UntilAssigned()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var asVerifikator = await verifikator.BrowserAsync();
        using var inspektur = await InspekturAsync();

        using (var before = await asVerifikator.Http.GetAsync(AduanPage.Url(reporter.Number)))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        Assert.DoesNotContain(reporter.Number, (await asVerifikator.GetPageAsync("/Staf")).Body!.TextContent, StringComparison.Ordinal);
        using (var assigned = await inspektur.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
            Assert.Equal("Disposisi tersimpan.", (await inspektur.FollowAsync(assigned)).Text("[role=status]"));
        }

        var page = await asVerifikator.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal(verifikator.Username, page.Text("[data-handler]"));
        Assert.Null(page.QuerySelector("#disposisi"));
        Assert.Contains(reporter.Number, (await asVerifikator.GetPageAsync("/Staf")).Text("tbody"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnassignedReportActions_AsVerifikator_Return404AndChangeNothing()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var asVerifikator = await verifikator.BrowserAsync();
        var inbox = await asVerifikator.GetPageAsync("/Staf");

        foreach (var (handler, values) in new (string, Dictionary<string, string?>)[]
        {
            ("Status", AduanPage.ValidChange(ComplaintStatus.Verifikasi)),
            ("Pesan", new() { ["Pesan"] = "Halo" }),
            ("Catatan", new() { ["Catatan"] = "Catatan" }),
            ("Periksa", new() { ["Periksa"] = "What" }),
        })
        {
            using var response = await AduanPage.PostAsync(asVerifikator, inbox, reporter.Number, handler, values);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal("Diterima", (await reporter.PageAsync()).Text(".status-block .status"));
    }

    [Fact]
    public async Task Post_Disposisi_AsVerifikator_IsRefused()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var inspektur = await InspekturAsync();
        using (await inspektur.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
        }

        using var asVerifikator = await verifikator.BrowserAsync();
        var page = await asVerifikator.GetPageAsync(AduanPage.Url(reporter.Number));
        using var response = await AduanPage.PostAsync(asVerifikator, page, reporter.Number, "Disposisi", new Dictionary<string, string?> { ["Petugas"] = verifikator.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Staf/Ditolak", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Checklist_IsKeptForTheNextVisit()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();
        var page = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Empty(page.QuerySelectorAll("#periksa input:checked"));

        using (var saved = await AduanPage.PostAsync(staff, page, reporter.Number, "Periksa", new Dictionary<string, string?>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var content = new FormUrlEncodedContent([
            new("Periksa", "What"), new("Periksa", "Who"), new("Periksa", "When"),
            new("__RequestVerificationToken", page.QuerySelector("#periksa input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        using (var response = await staff.Http.PostAsync(AduanPage.Url(reporter.Number) + "?handler=Periksa", content))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("Daftar periksa 5W+1H tersimpan.", (await staff.FollowAsync(response)).Text("[role=status]"));
        }

        var again = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal(["What", "Who", "When"], again.QuerySelectorAll("#periksa input:checked").Select(i => i.GetAttribute("value")!).ToList());
    }

    [Fact]
    public async Task Post_Message_ReachesTheReporterMarkedUnreadAndTheReplyReachesStaff()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        using (var sent = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Pesan"] = "Mohon sebutkan jam kejadian." }, formSelector: "#pesan form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var list = await reporter.Browser.GetPageAsync("/Pengaduan");
        Assert.Equal("1 pesan baru", list.Text(".badge-unread"));
        var page = await reporter.PageAsync();
        var message = page.QuerySelector("#pesan .message-staff")!;
        Assert.Equal("Mohon sebutkan jam kejadian.", message.Text(".message-body"));
        Assert.Equal("Petugas Inspektorat", message.Text(".message-head strong"));
        Assert.Null((await reporter.Browser.GetPageAsync("/Pengaduan")).QuerySelector(".badge-unread"));

        using (var reply = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}", new Dictionary<string, string?> { ["Pesan"] = "Sekitar pukul sepuluh pagi." }, formSelector: "#pesan form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
            Assert.Equal("Pesan Anda terkirim kepada petugas.", (await reporter.Browser.FollowAsync(reply)).Text("[role=status]"));
        }

        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal(["Mohon sebutkan jam kejadian.", "Sekitar pukul sepuluh pagi."], staffPage.QuerySelectorAll("#pesan .message-body").Select(m => m.TextContent).ToList());
        Assert.Equal("Pelapor", staffPage.Text("#pesan .message-reporter .message-head strong"));
    }

    [Fact]
    public async Task Post_EmptyMessage_ShowsWhyOnBothSides()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        using var fromStaff = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Pesan"] = "  " }, formSelector: "#pesan form");
        using var fromReporter = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}", new Dictionary<string, string?> { ["Pesan"] = "" }, formSelector: "#pesan form");

        Assert.Contains("Pesan wajib diisi", (await PageClient.ParseAsync(fromStaff)).FieldError("Pesan"), StringComparison.Ordinal);
        Assert.Contains("Pesan wajib diisi", (await PageClient.ParseAsync(fromReporter)).FieldError("Pesan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithErrors_ReturnsToTheFormSent_WithFocusOnItsError()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        // Each form posts to its own section, so the page sent back opens there, not 2,000 px above it.
        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.EndsWith("#pesan", staffPage.QuerySelector("#pesan form")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.EndsWith("#ubah-status", staffPage.QuerySelector("#ubah-status form")!.GetAttribute("action"), StringComparison.Ordinal);
        var reporterPage = await reporter.Browser.GetPageAsync($"/Pengaduan/{reporter.Number}");
        Assert.EndsWith("#pesan", reporterPage.QuerySelector("#pesan form")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Empty(staffPage.QuerySelectorAll("[autofocus]"));

        using var emptyMessage = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Pesan"] = "" }, formSelector: "#pesan form");
        using var emptyReply = await reporter.Browser.SubmitAsync($"/Pengaduan/{reporter.Number}", new Dictionary<string, string?> { ["Pesan"] = "" }, formSelector: "#pesan form");
        using var noStatus = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Ubah.To"] = "" }, formSelector: "#ubah-status form");

        // Focus goes to the error without script too: one autofocus, on the field or the summary of the form sent.
        var focused = (await PageClient.ParseAsync(emptyMessage)).QuerySelectorAll("[autofocus]");
        Assert.Equal("Pesan", Assert.Single(focused).GetAttribute("name"));
        focused = (await PageClient.ParseAsync(emptyReply)).QuerySelectorAll("[autofocus]");
        Assert.Equal("Pesan", Assert.Single(focused).GetAttribute("name"));
        var status = await PageClient.ParseAsync(noStatus);
        var summary = Assert.Single(status.QuerySelectorAll("[autofocus]"));
        Assert.Same(status.QuerySelector("#ubah-status .error-summary"), summary);
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Post_InternalNote_OverTheSharedCap_IsRefusedAndNothingIsAudited()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        using var response = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Catatan"] = new string('a', 5001) }, formSelector: "#catatan form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Catatan internal wajib diisi (paling banyak 5.000 karakter).", (await PageClient.ParseAsync(response)).FieldError("Catatan"), StringComparison.Ordinal);
        Assert.DoesNotContain(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.InternalNote);
    }

    [Fact]
    public async Task Post_InternalNote_IsAuditedWithTheSharedAction()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        using (var saved = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Catatan"] = "Catatan untuk tim." }, formSelector: "#catatan form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Single(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.InternalNote);
    }

    [Fact]
    public async Task Post_InternalNotes_AreMarkedInternalForStaffAndNeverReachTheReporter()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();
        const string note = "Terlapor kerabat Kepala Bidang; tangani hati-hati.";
        const string statusNote = "Cek dulu ke DPMPTSP sebelum memanggil saksi.";

        using (var saved = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Catatan"] = note }, formSelector: "#catatan form"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (await AduanPage.ChangeStatusAsync(staff, reporter.Number, AduanPage.StatusForm("Verifikasi", "Pengaduan Anda sedang diverifikasi.", statusNote)))
        {
        }

        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using (await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
        }

        var staffPage = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Equal("Internal, tidak terlihat oleh pelapor.", staffPage.Text("#catatan .internal-banner"));
        Assert.Equal([$"Disposisi kepada {verifikator.Username}.", statusNote, note], staffPage.QuerySelectorAll("#catatan .notes p").Select(p => p.TextContent).ToList());
        Assert.Contains(staffPage.QuerySelectorAll("#riwayat .note-internal"), n => n.TextContent.Contains(statusNote, StringComparison.Ordinal));

        var reporterPage = await reporter.PageAsync();
        Assert.Contains("Pengaduan Anda sedang diverifikasi.", reporterPage.Text("ol.timeline"), StringComparison.Ordinal);
        Assert.DoesNotContain(note, reporterPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(statusNote, reporterPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(verifikator.Username, reporterPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EvidenceDownload_ServesTheCleanedCopyAsAttachmentAndIsAudited()
    {
        using var reporter = await Complainant.SubmitAsync(factory, new ComplaintBuilder().WithFiles(SampleFiles.Png("foto-loket.png")));
        using var staff = await InspekturAsync();
        var page = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        var link = page.QuerySelector("#bukti ul.files > li > a")!;

        using var download = await staff.Http.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True((await download.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(SampleFiles.PngSignature));
        Assert.Contains(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Download);
    }

    [Fact]
    public async Task Post_OpenOriginal_NeedsAReasonAndIsAuditedWithIt()
    {
        using var reporter = await Complainant.SubmitAsync(factory, new ComplaintBuilder().WithFiles(SampleFiles.Png("foto-loket.png")));
        using var staff = await InspekturAsync();

        using (var noReason = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["AlasanAsli"] = "" }, formSelector: "#bukti form"))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Equal("text/html", noReason.Content.Headers.ContentType?.MediaType);
            var page = await PageClient.ParseAsync(noReason);
            Assert.Contains("Tuliskan alasan membuka berkas asli", page.FieldError("AlasanAsli"), StringComparison.Ordinal);
            Assert.True(page.QuerySelector("#bukti details")!.HasAttribute("open"));
        }

        Assert.DoesNotContain(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);

        using var original = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["AlasanAsli"] = "Memeriksa waktu pengambilan foto untuk klarifikasi." }, formSelector: "#bukti form");

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("attachment", original.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("asli-", original.Content.Headers.ContentDisposition?.FileNameStar ?? original.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var reveal = Assert.Single(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);
        Assert.Equal("Memeriksa waktu pengambilan foto untuk klarifikasi.", await Security.AuditNotes.OpenAsync(factory, reveal, "Memeriksa waktu pengambilan foto untuk klarifikasi."));
    }

    [Fact]
    public async Task Post_RevealContact_AsInspektur_ShowsTheNumberOnceIsAuditedAndTheReporterIsTold()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var inspektur = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var staff = await inspektur.BrowserAsync();
        const string reason = "Pelapor perlu dihubungi untuk melengkapi nama terlapor.";
        Assert.Null((await reporter.PageAsync()).QuerySelector("[data-contact-revealed]"));

        using var response = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["AlasanKontak"] = reason }, formSelector: "#kontak form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal(reporter.Reporter.PhoneNumber, page.Text("[data-revealed-phone]"));
        var again = await staff.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Null(again.QuerySelector("[data-revealed-phone]"));
        Assert.DoesNotContain(reporter.Reporter.PhoneNumber, again.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(Masked(reporter.Reporter.PhoneNumber), again.Text("[data-masked-phone]"));

        var audit = Assert.Single(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);
        Assert.Equal(inspektur.Username, audit.Actor);
        Assert.Equal(reason, await Security.AuditNotes.OpenAsync(factory, audit, reason));
        Assert.DoesNotContain(reporter.Reporter.PhoneNumber, audit.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Petugas membuka nomor HP Anda pada", (await reporter.PageAsync()).Text("[data-contact-revealed]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RevealContact_WithoutAReason_ShowsWhyAndRevealsNothing()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var staff = await InspekturAsync();

        using var response = await staff.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["AlasanKontak"] = "perlu" }, formSelector: "#kontak form");

        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Tuliskan alasan membuka nomor HP pelapor", page.FieldError("AlasanKontak"), StringComparison.Ordinal);
        Assert.Equal("perlu", page.ValueOf("AlasanKontak"));
        Assert.Null(page.QuerySelector("[data-revealed-phone]"));
        Assert.DoesNotContain(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);
    }

    [Fact]
    public async Task Post_RevealContact_AsVerifikator_IsRefusedAndRevealsNothing()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using var inspektur = await InspekturAsync();
        using (await inspektur.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
        }

        using var asVerifikator = await verifikator.BrowserAsync();
        var page = await asVerifikator.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Null(page.QuerySelector("#kontak form"));

        using var response = await AduanPage.PostAsync(asVerifikator, page, reporter.Number, "Kontak", new Dictionary<string, string?> { ["AlasanKontak"] = "Saya ingin menelepon pelapor sendiri." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Staf/Ditolak", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.DoesNotContain(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.Reveal);
        Assert.Null((await reporter.PageAsync()).QuerySelector("[data-contact-revealed]"));
    }

    [Fact]
    public async Task Get_Report_IsAuditedAsAViewByTheStaffMember()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        var inspektur = await StaffMember.CreateAsync(factory, StaffRoles.Inspektur);
        using var staff = await inspektur.BrowserAsync();

        await staff.GetPageAsync(AduanPage.Url(reporter.Number));

        Assert.Contains(await AduanPage.AuditAsync(factory, reporter.Number), e => e.Action == AuditActions.View && e.Actor == inspektur.Username);
    }
}
