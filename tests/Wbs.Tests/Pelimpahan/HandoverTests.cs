using System.Net;
using AngleSharp.Dom;
using System.Diagnostics;
using System.Security.Cryptography;
using ImageMagick;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Lacak;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Xunit.Abstractions;

namespace Wbs.Tests.Pelimpahan;

/// <summary>Hand-over packages through the pages: redaction, identity, the record, who may download, the status and the audit.</summary>
public class HandoverTests(LacakFactory factory, ITestOutputHelper output) : IClassFixture<LacakFactory>
{
    private static ComplaintBuilder Report() => new ComplaintBuilder
    {
        Description = "Saya, Budi Santoso, melihat petugas loket meminta uang tambahan di luar tarif resmi sebelum berkas diproses.",
        Witnesses = "Ibu Rahmawati dari bagian umum ikut melihat.",
    }.WithFiles(SampleFiles.Png("foto-budi-santoso.png"), SampleFiles.Pdf("kuitansi.pdf"));

    private async Task<(Complainant Reporter, PageClient Inspektur)> InVerificationAsync(ComplaintBuilder? report = null, string? email = null)
    {
        var browser = factory.CreatePageClient();
        var reporter = await browser.RegisterAsync(email: email);
        var number = await browser.SubmitValidReportAsync(report ?? Report());
        var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        await AduanPage.MoveAsync(inspektur, number, ComplaintStatus.Verifikasi);
        return (new Complainant(browser, reporter, number), inspektur);
    }

    [Fact]
    public async Task Post_Package_BlacksOutTheMarkedWordsKeepsTheirNeighboursAndMovesTheCaseToDiteruskan()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        var page = await inspektur.GetPageAsync(HandoverPage.Url(reporter.Number));
        var form = HandoverPage.Form();
        form["Input.Phrases"] = "Rahmawati";

        var casePage = await HandoverPage.CreateAsync(inspektur, reporter.Number, form, new()
        {
            ["uraian"] = HandoverPage.TextOf(page, "uraian").Replace("Budi Santoso", "[[Budi Santoso]]", StringComparison.Ordinal),
        });

        Assert.Equal("Diteruskan", casePage.Text(".status-block .status"));
        Assert.Equal("KPK", casePage.Text("[data-forwarded]"));
        var record = Assert.Single(casePage.QuerySelectorAll("[data-package]"));
        Assert.Contains("2 berkas · 2 bagian dihitamkan · identitas tidak disertakan", record.TextContent, StringComparison.Ordinal);

        var package = await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(casePage));
        Assert.Equal(record.QuerySelector("[data-sha256]")!.TextContent.Trim(), Convert.ToHexStringLower(SHA256.HashData(package)));
        var entries = HandoverPage.Entries(package);
        Assert.Equal(["MANIFEST.sha256", "berkas-pelimpahan-" + reporter.Number + ".pdf", "bukti/bukti-01", "bukti/bukti-02"],
            entries.Keys.Select(k => k.StartsWith("bukti/", StringComparison.Ordinal) ? k[..^4] : k).Order(StringComparer.Ordinal));
        var photo = Assert.Single(entries.Keys, k => k.StartsWith("bukti/", StringComparison.Ordinal) && k.EndsWith(".png", StringComparison.Ordinal));
        Assert.Single(entries.Keys, k => k.StartsWith("bukti/", StringComparison.Ordinal) && k.EndsWith(".pdf", StringComparison.Ordinal));
        HandoverPage.AssertManifestHolds(package);

        var text = HandoverPage.CaseFileText(package, reporter.Number);
        Assert.DoesNotContain("Budi", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Santoso", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Rahmawati", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Saya,", text, StringComparison.Ordinal);
        Assert.Contains("melihat petugas loket meminta uang tambahan", text, StringComparison.Ordinal);
        Assert.Contains("dari bagian umum ikut melihat", text, StringComparison.Ordinal);
        Assert.Contains("Pak Anu, Kepala Seksi Perizinan (DPMPTSP)", text, StringComparison.Ordinal);
        Assert.Contains("Nomor 700/045/ITKO/2026, tanggal 3 Desember 2026", text, StringComparison.Ordinal);

        // The file names the reporter gave are not in the package either: they can name a person.
        Assert.DoesNotContain("foto-budi", text, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(entries["berkas-pelimpahan-" + reporter.Number + ".pdf"]);
        Assert.All(pdf.GetPages(), p => Assert.Contains("Untuk: KPK — Pelimpahan No. 700/045/ITKO/2026", p.Text, StringComparison.Ordinal));

        // The cleaned copy goes out, as staff download it; never the original.
        var photoLink = casePage.QuerySelectorAll("a[href*='handler=Berkas']").Single(a => a.TextContent.Contains(".png", StringComparison.Ordinal));
        Assert.Equal(await inspektur.Http.GetByteArrayAsync(photoLink.GetAttribute("href")), entries[photo]);

        // Downloading again gives the same bytes.
        Assert.Equal(package, await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(casePage)));

        var reporterPage = await reporter.PageAsync();
        Assert.Equal("Diteruskan", reporterPage.Text(".status-block .status"));
        Assert.Empty(reporterPage.QuerySelectorAll("[data-identity-handed-over]"));
    }

    /// <summary>The figure in bench/README.md: a package of ten phone-sized photos, its size against the files it carries.</summary>
    [Fact]
    public async Task Post_PackageOfTenPhotos_HoldsEachCleanedFileOnceBesideTheCaseFile()
    {
        using var image = new MagickImage("plasma:", new MagickReadSettings { Width = 2000, Height = 1500 });
        image.AddNoise(NoiseType.Gaussian);
        image.Quality = 90;
        var photo = image.ToByteArray(MagickFormat.Jpeg);
        var files = Enumerable.Range(1, 10).Select(i => new UploadFile($"foto-{i}.jpg", photo, "image/jpeg")).ToArray();
        var (reporter, inspektur) = await InVerificationAsync(new ComplaintBuilder().WithFiles(files));
        using var _ = reporter;
        using var __ = inspektur;

        var clock = Stopwatch.StartNew();
        var casePage = await HandoverPage.CreateAsync(inspektur, reporter.Number, HandoverPage.Form());
        var made = clock.Elapsed;
        var package = await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(casePage));

        var entries = HandoverPage.Entries(package);
        var evidence = entries.Where(e => e.Key.StartsWith("bukti/", StringComparison.Ordinal)).Select(e => (long)e.Value.Length).ToList();
        var caseFile = entries[$"berkas-pelimpahan-{reporter.Number}.pdf"].Length;
        Assert.Equal(10, evidence.Count);
        Assert.InRange(package.Length, evidence.Sum(), evidence.Sum() + caseFile + (64 * 1024));
        HandoverPage.AssertManifestHolds(package);
        output.WriteLine($"10 photos of {photo.Length:N0} bytes uploaded; cleaned {evidence.Sum():N0} bytes in all; case file {caseFile:N0} bytes; "
            + $"package {package.Length:N0} bytes; made in {made.TotalMilliseconds:N0} ms (the POST until its redirect)");
    }

    [Fact]
    public async Task Post_Package_WithoutIdentity_CarriesNoFieldOfTheReportersIdentityOrContact()
    {
        var email = $"pelapor.{Guid.NewGuid():N}@contoh.id";
        var (reporter, inspektur) = await InVerificationAsync(email: email);
        using var _ = reporter;
        using var __ = inspektur;

        var casePage = await HandoverPage.CreateAsync(inspektur, reporter.Number, HandoverPage.Form("Kejaksaan (APH)"));

        var package = await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(casePage));
        var text = HandoverPage.CaseFileText(package, reporter.Number);
        Assert.Contains("Identitas dan kontak pelapor dirahasiakan", text, StringComparison.Ordinal);
        foreach (var field in new[] { reporter.Reporter.Username, reporter.Reporter.PhoneNumber, reporter.Reporter.PhoneNumber[1..], email })
        {
            Assert.DoesNotContain(field, text, StringComparison.OrdinalIgnoreCase);
            foreach (var (name, bytes) in HandoverPage.Entries(package).Where(e => !e.Key.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                Assert.DoesNotContain(field, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal("Kejaksaan (APH)", casePage.Text("[data-forwarded]"));
    }

    [Fact]
    public async Task Post_IdentityIncluded_NeedsAReason_ThenCarriesItAndTellsTheAccountReporter()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        var form = HandoverPage.Form("LPSK");
        form["Input.IncludeIdentity"] = "true";
        form["Input.IdentityReason"] = "";

        using (var refused = await HandoverPage.SubmitAsync(inspektur, reporter.Number, form))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var shown = await PageClient.ParseAsync(refused);
            Assert.Contains("alasan", shown.Text("#form-pelimpahan"), StringComparison.Ordinal);
            Assert.Equal("700/045/ITKO/2026", shown.ValueOf("Input.LetterNumber"));
            Assert.Equal("LPSK", shown.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select[name='Input.Recipient']")!.Value);
        }

        Assert.Equal("Verifikasi", (await reporter.PageAsync()).Text(".status-block .status"));

        const string reason = "LPSK memerlukan kontak pelapor untuk menawarkan perlindungan saksi.";
        form["Input.IdentityReason"] = reason;
        var casePage = await HandoverPage.CreateAsync(inspektur, reporter.Number, form);

        var text = HandoverPage.CaseFileText(await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(casePage)), reporter.Number);
        Assert.Contains(reporter.Reporter.Username, text, StringComparison.Ordinal);
        Assert.Contains(reporter.Reporter.PhoneNumber, text, StringComparison.Ordinal);
        Assert.Contains(reason, text, StringComparison.Ordinal);

        var told = Assert.Single((await reporter.PageAsync()).QuerySelectorAll("[data-identity-handed-over]"));
        Assert.Contains("Identitas Anda diteruskan kepada LPSK", told.TextContent, StringComparison.Ordinal);
        Assert.Equal(reason, told.Text("[data-identity-reason]"));

        var entry = (await AduanPage.AuditAsync(factory, reporter.Number)).Single(e => e.Action == AuditActions.Handover);
        Assert.Contains("identitas ya", entry.Detail, StringComparison.Ordinal);
        Assert.NotNull(entry.SealedNote);
    }

    [Fact]
    public async Task Post_IdentityIncluded_TellsTheReporterWithoutAnAccountOnTheLacakPage()
    {
        using var reporter = await AnonymousReporter.SubmitAsync(factory, Report());
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();
        await AduanPage.MoveAsync(inspektur, reporter.Number, ComplaintStatus.Verifikasi);
        var form = HandoverPage.Form("Lainnya");
        form["Input.OtherRecipient"] = "Kepolisian Daerah Kalimantan Timur";
        form["Input.IncludeIdentity"] = "true";
        form["Input.IdentityReason"] = "Penyidik perlu meminta keterangan langsung dari pelapor.";

        await HandoverPage.CreateAsync(inspektur, reporter.Number, form);

        using (await AnonymousReporter.OpenAsync(reporter.Browser, reporter.Number, reporter.Code))
        {
        }

        var told = Assert.Single((await reporter.PageAsync()).QuerySelectorAll("[data-identity-handed-over]"));
        Assert.Contains("Identitas Anda diteruskan kepada Kepolisian Daerah Kalimantan Timur", told.TextContent, StringComparison.Ordinal);
        Assert.Equal("Penyidik perlu meminta keterangan langsung dari pelapor.", told.Text("[data-identity-reason]"));
    }

    [Fact]
    public async Task Post_Package_CarriesOnlyTheMessagesChosenWithTheirPassagesBlackedOut()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        foreach (var message in new[] { "Mohon kirim foto kuitansi, Pak Joko Widodo.", "Pesan RAHASIA-SATU yang tidak ikut." })
        {
            using var sent = await inspektur.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Pesan"] = message },
                formSelector: "form[action*='handler=Pesan']");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var page = await inspektur.GetPageAsync(HandoverPage.Url(reporter.Number));
        var boxes = page.QuerySelectorAll("textarea[name^='Input.Bagian[pesan-']").Cast<AngleSharp.Html.Dom.IHtmlTextAreaElement>().ToList();
        Assert.Equal(2, boxes.Count);
        var chosen = boxes.Single(b => b.Value.Contains("Joko", StringComparison.Ordinal));
        var id = chosen.Name![("Input.Bagian[pesan-".Length)..^1];
        var form = HandoverPage.Form();
        form["Input.Messages"] = id;
        form[chosen.Name] = chosen.Value.Replace("Joko Widodo", "[[Joko Widodo]]", StringComparison.Ordinal);
        using var response = await inspektur.SubmitAsync(page, HandoverPage.Url(reporter.Number), form, formSelector: "#form-pelimpahan");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var text = HandoverPage.CaseFileText(await HandoverPage.DownloadAsync(inspektur, HandoverPage.DownloadLink(await inspektur.FollowAsync(response))), reporter.Number);
        Assert.Contains("Mohon kirim foto kuitansi, Pak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Joko", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RAHASIA-SATU", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MarkedTextChanged_IsRefusedWithWhatWasTypedAndNothingIsStored()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        var edited = "Petugas loket [[tidak]] meminta apa pun.";

        using var response = await HandoverPage.SubmitAsync(inspektur, reporter.Number, HandoverPage.Form(), new() { ["uraian"] = edited });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("isinya tidak boleh diubah", page.FieldError("Input.Bagian[uraian]"), StringComparison.Ordinal);
        Assert.Equal(edited, HandoverPage.TextOf(page, "uraian"));
        Assert.Equal("Verifikasi", (await reporter.PageAsync()).Text(".status-block .status"));
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = await db.Complaints.Where(c => c.RegistrationNumber == reporter.Number).Select(c => c.Id).SingleAsync();
        Assert.False(await db.HandoverPackages.AnyAsync(p => p.ReportId == id));
    }

    [Fact]
    public async Task Post_UnclosedMarker_IsRefusedInIndonesian()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        var page = await inspektur.GetPageAsync(HandoverPage.Url(reporter.Number));

        using var response = await HandoverPage.SubmitAsync(inspektur, reporter.Number, HandoverPage.Form(),
            new() { ["uraian"] = "[[" + HandoverPage.TextOf(page, "uraian") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ada tanda [[ yang tidak ditutup dengan ]].", (await PageClient.ParseAsync(response)).FieldError("Input.Bagian[uraian]"));
    }

    [Fact]
    public async Task Download_OnlyTheInspektur_EveryDownloadAudited()
    {
        var (reporter, inspektur) = await InVerificationAsync();
        using var _ = reporter;
        using var __ = inspektur;
        var verifikator = await StaffMember.CreateAsync(factory, StaffRoles.Verifikator);
        using (await inspektur.SubmitAsync(AduanPage.Url(reporter.Number), new Dictionary<string, string?> { ["Petugas"] = verifikator.Id }, formSelector: "#disposisi form"))
        {
        }

        var link = HandoverPage.DownloadLink(await HandoverPage.CreateAsync(inspektur, reporter.Number, HandoverPage.Form()));
        await HandoverPage.DownloadAsync(inspektur, link);

        using var asVerifikator = await verifikator.BrowserAsync();
        var verifikatorPage = await asVerifikator.GetPageAsync(AduanPage.Url(reporter.Number));
        Assert.Empty(verifikatorPage.QuerySelectorAll("[data-package]"));
        using (var refused = await asVerifikator.Http.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/Staf/Ditolak", refused.Headers.Location!.PathAndQuery().Split('?')[0]);
        }

        using (var prepare = await asVerifikator.Http.GetAsync(HandoverPage.Url(reporter.Number)))
        {
            Assert.Equal(HttpStatusCode.Redirect, prepare.StatusCode);
        }

        using (var asReporter = await reporter.Browser.Http.GetAsync(link))
        {
            Assert.NotEqual(HttpStatusCode.OK, asReporter.StatusCode);
        }

        // Another case's address with this package's id is not found.
        var other = await reporter.Browser.SubmitValidReportAsync();
        using (var elsewhere = await inspektur.Http.GetAsync(link.Replace(reporter.Number, other, StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        }

        var audit = await AduanPage.AuditAsync(factory, reporter.Number);
        var made = audit.Single(e => e.Action == AuditActions.Handover);
        Assert.Contains("KPK; surat 700/045/ITKO/2026 2026-12-03; berkas 2", made.Detail, StringComparison.Ordinal);
        Assert.Null(made.SealedNote);
        Assert.Contains(audit, e => e.Action == AuditActions.StatusChange && e.Detail == "Verifikasi -> Diteruskan");
        var sha = made.Detail!.Split("sha256 ")[1];
        var download = Assert.Single(audit, e => e.Action == AuditActions.HandoverDownload);
        Assert.Equal(made.Actor, download.Actor);
        Assert.EndsWith("sha256 " + sha, download.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CaseNotInAStatusThatMayBeForwarded_OffersNoPackageAndRefusesOne()
    {
        using var reporter = await Complainant.SubmitAsync(factory);
        using var inspektur = await (await StaffMember.CreateAsync(factory, StaffRoles.Inspektur)).BrowserAsync();

        var page = await inspektur.GetPageAsync(HandoverPage.Url(reporter.Number));

        Assert.NotNull(page.QuerySelector("[data-cannot-hand-over]"));
        Assert.Null(page.QuerySelector("#form-pelimpahan"));
        Assert.Null((await inspektur.GetPageAsync(AduanPage.Url(reporter.Number))).QuerySelector("[data-prepare-handover]"));
        var form = HandoverPage.Form();
        form["Input.PublicNote"] = "Pengaduan Anda dilimpahkan.";
        using var response = await AduanPage.PostAsync(inspektur, page, reporter.Number + "/Pelimpahan", "", form);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Diterima", (await reporter.PageAsync()).Text(".status-block .status"));
    }
}
