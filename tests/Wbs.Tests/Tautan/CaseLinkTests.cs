using System.Net;
using AngleSharp.Html.Dom;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Lacak;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Web.Domain;

namespace Wbs.Tests.Tautan;

/// <summary>Links between complaints of every origin: made, shown, removed, closing a duplicate, and who may see what.</summary>
public class CaseLinkTests(LacakFactory factory) : IClassFixture<LacakFactory>
{
    private static Dictionary<string, string?> Link(string number, string kind, string reason = "Tender pengadaan yang sama, pelapor berbeda.") => new()
    {
        ["Tautan.Nomor"] = number,
        ["Tautan.Jenis"] = kind,
        ["Tautan.Alasan"] = reason,
    };

    private static Task<HttpResponseMessage> LinkAsync(PageClient staff, string from, Dictionary<string, string?> form) =>
        staff.SubmitAsync(AduanPage.Url(from), form, formSelector: "#tautan form[action*='handler=Taut']");

    private static async Task<string> RecordedAsync(PageClient staff)
    {
        var form = await staff.GetPageAsync("/Staf/CatatLaporan");
        var values = new ComplaintBuilder().PageForm(form);
        values.Remove("Input.GoodFaith");
        values["Arrival.Channel"] = "Surat";
        values["Arrival.ReceivedOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        values["Arrival.Reference"] = "Surat No. 9/XII/2026";
        using var response = await staff.SubmitAsync(form, "/Staf/CatatLaporan", values, formSelector: "#report-form");
        var shown = await PageClient.ParseAsync(response);
        return shown.QuerySelector("[data-registration-number]")?.TextContent.Trim() ?? throw new InvalidOperationException("Not recorded: " + PageClient.ErrorsOn(shown));
    }

    private static async Task<IHtmlDocument> LinkedAsync(PageClient staff, string from, Dictionary<string, string?> form)
    {
        using var response = await LinkAsync(staff, from, form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail("The link was refused: " + PageClient.ErrorsOn(await PageClient.ParseAsync(response)));
        }

        return await staff.FollowAsync(response);
    }

    private static List<(string Number, string Kind)> LinksOn(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-link]").Select(l => (l.GetAttribute("data-link")!, l.Text("[data-link-text]"))).ToList();

    [Fact]
    public async Task Post_Links_AcrossAccountAnonymousAndRecordedReports_ShowOnBothPagesAndInTheInbox()
    {
        using var original = await Complainant.SubmitAsync(factory);
        using var anonymous = await AnonymousReporter.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        var recorded = await RecordedAsync(inspektur);

        var duplicatePage = await LinkedAsync(inspektur, anonymous.Number, Link(original.Number, "duplikat"));
        await LinkedAsync(inspektur, original.Number, Link(recorded, "terkait"));

        Assert.Equal([(original.Number, "Duplikat dari")], LinksOn(duplicatePage));
        Assert.Equal("Pengaduan ditautkan.", duplicatePage.Text("[role=status]"));
        var originalPage = await inspektur.GetPageAsync(AduanPage.Url(original.Number));
        Assert.Equal([(anonymous.Number, "Memiliki duplikat"), (recorded, "Terkait")], LinksOn(originalPage));
        Assert.Contains("Tender pengadaan yang sama", originalPage.Text("[data-link]"), StringComparison.Ordinal);
        Assert.Equal([(original.Number, "Terkait")], LinksOn(await inspektur.GetPageAsync(AduanPage.Url(recorded))));

        var duplicateRow = await inspektur.GetPageAsync("/Staf?nomor=" + anonymous.Number);
        Assert.Equal("duplikat dari " + original.Number, duplicateRow.Text($"tr[data-number='{anonymous.Number}'] [data-links]"));
        var originalRow = await inspektur.GetPageAsync("/Staf?nomor=" + original.Number);
        Assert.Equal("2 terkait", originalRow.Text($"tr[data-number='{original.Number}'] [data-links]"));

        var audit = Assert.Single(await AduanPage.AuditAsync(factory, anonymous.Number), e => e.Action == AuditActions.Link);
        Assert.Equal($"{anonymous.Number} duplikat dari {original.Number}", audit.Detail);
        Assert.NotNull(audit.SealedNote);

        // Reporters never see the other reports.
        var reporterPage = (await original.PageAsync()).DocumentElement.OuterHtml;
        Assert.DoesNotContain(anonymous.Number, reporterPage, StringComparison.Ordinal);
        Assert.DoesNotContain(recorded, reporterPage, StringComparison.Ordinal);
        Assert.DoesNotContain(original.Number, (await anonymous.PageAsync()).DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Unlink_RemovesTheLinkFromBothPagesAndIsAudited()
    {
        using var first = await Complainant.SubmitAsync(factory);
        using var second = await Complainant.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        var page = await LinkedAsync(inspektur, first.Number, Link(second.Number, "terkait"));

        using var response = await inspektur.SubmitAsync(page, AduanPage.Url(first.Number), new Dictionary<string, string?>(), formSelector: "[data-link] form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(LinksOn(await inspektur.FollowAsync(response)));
        Assert.Empty(LinksOn(await inspektur.GetPageAsync(AduanPage.Url(second.Number))));
        Assert.Contains(await AduanPage.AuditAsync(factory, first.Number), e => e.Action == AuditActions.Unlink && e.Detail == $"Related {second.Number}");
    }

    [Fact]
    public async Task Post_Link_ToAReportTheVerifikatorMayNotSee_AnswersAsAnUnknownNumberAndShowsNoLinkToIt()
    {
        using var assigned = await Complainant.SubmitAsync(factory);
        using var elsewhere = await Complainant.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using (await inspektur.SubmitAsync(AduanPage.Url(assigned.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
        }

        using var pages = await verifikator.BrowserAsync();
        string ErrorFor(HttpResponseMessage response, IHtmlDocument page) => page.FieldError("Tautan.Nomor");
        using var hidden = await LinkAsync(pages, assigned.Number, Link(elsewhere.Number, "terkait"));
        using var unknown = await LinkAsync(pages, assigned.Number, Link("ADU-2026-99999", "terkait"));

        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var hiddenPage = await PageClient.ParseAsync(hidden);
        Assert.Equal("Nomor pengaduan tidak ditemukan.", ErrorFor(hidden, hiddenPage));
        Assert.Equal(ErrorFor(hidden, hiddenPage), ErrorFor(unknown, await PageClient.ParseAsync(unknown)));
        Assert.Equal(elsewhere.Number, hiddenPage.ValueOf("Tautan.Nomor"));
        Assert.DoesNotContain(await AduanPage.AuditAsync(factory, assigned.Number), e => e.Action == AuditActions.Link);

        // A link the Inspektur made to a report beyond the Verifikator's reach is not listed to them, nor counted.
        await LinkedAsync(inspektur, assigned.Number, Link(elsewhere.Number, "terkait"));
        Assert.Empty(LinksOn(await pages.GetPageAsync(AduanPage.Url(assigned.Number))));
        var row = await pages.GetPageAsync("/Staf?nomor=" + assigned.Number);
        Assert.NotNull(row.QuerySelector($"tr[data-number='{assigned.Number}']"));
        Assert.Null(row.QuerySelector($"tr[data-number='{assigned.Number}'] [data-links]"));
        using var openOther = await pages.Http.GetAsync(AduanPage.Url(elsewhere.Number));
        Assert.Equal(HttpStatusCode.NotFound, openOther.StatusCode);
    }

    [Fact]
    public async Task Post_CloseAsDuplicate_PointsToTheOriginalButTheReporterNeverReadsItsNumber()
    {
        using var original = await Complainant.SubmitAsync(factory);
        using var duplicate = await Complainant.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        await AduanPage.MoveAsync(inspektur, duplicate.Number, ComplaintStatus.Verifikasi);
        var page = await LinkedAsync(inspektur, original.Number, Link(duplicate.Number, "asli"));
        Assert.Equal([(duplicate.Number, "Memiliki duplikat")], LinksOn(page));
        page = await inspektur.GetPageAsync(AduanPage.Url(duplicate.Number));

        using (var naming = await inspektur.SubmitAsync(page, AduanPage.Url(duplicate.Number),
            new Dictionary<string, string?> { ["CatatanDuplikat"] = "Sama dengan " + original.Number.ToLowerInvariant() }, formSelector: "#tutup-duplikat"))
        {
            Assert.Equal(HttpStatusCode.OK, naming.StatusCode);
            Assert.Equal("Catatan untuk pelapor tidak boleh menyebut nomor pengaduan lain.", (await PageClient.ParseAsync(naming)).FieldError("CatatanDuplikat"));
        }

        using var response = await inspektur.SubmitAsync(page, AduanPage.Url(duplicate.Number), new Dictionary<string, string?>(), formSelector: "#tutup-duplikat");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var closed = await inspektur.FollowAsync(response);
        Assert.Equal("Ditolak", closed.Text(".status-block .status"));
        Assert.Equal(original.Number, closed.Text("[data-duplicate-of]"));
        Assert.Contains("Ditutup sebagai duplikat dari " + original.Number, closed.Text("#catatan"), StringComparison.Ordinal);

        var reporterPage = await duplicate.PageAsync();
        Assert.Equal("Ditolak", reporterPage.Text(".status-block .status"));
        Assert.Contains("Laporan serupa sudah ditangani", reporterPage.Text("ol.timeline"), StringComparison.Ordinal);
        Assert.DoesNotContain(original.Number, reporterPage.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Link_WithoutReasonOrKind_KeepsWhatWasTyped()
    {
        using var first = await Complainant.SubmitAsync(factory);
        using var second = await Complainant.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();

        using var response = await LinkAsync(inspektur, first.Number, Link(second.Number, "", reason: "singkat"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal("Tuliskan alasan menautkan kedua laporan (sedikitnya 10 karakter).", page.FieldError("Tautan.Alasan"));
        Assert.Equal("singkat", page.ValueOf("Tautan.Alasan"));
        Assert.Equal(second.Number, page.ValueOf("Tautan.Nomor"));
        Assert.Empty(LinksOn(page));
    }
}
