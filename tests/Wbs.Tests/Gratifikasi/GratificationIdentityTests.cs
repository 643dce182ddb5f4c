using System.Net;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The gratification reporter's identity stays masked until the UPG reveals it for a stated reason.</summary>
public class GratificationIdentityTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    private const string Reason = "Klarifikasi langsung kepada pelapor mengenai nilai amplop.";

    // The identity of GratificationSamples.Draft, in every form it could leak in.
    private static readonly string[] Secrets =
    [
        GratificationSamples.FullName, "Rahmawati", "Saputri", GratificationSamples.Nik, GratificationSamples.Nip,
        GratificationSamples.PhoneNumber, "55501234", "rahma.contoh", "example.org", "Katamso",
    ];

    private static void AssertNothingRevealed(string html)
    {
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Get_Detail_ShowsTheIdentityMasked_AndOnlyTheInstitution()
    {
        var report = await upg.SubmitAsync();

        var page = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));

        AssertNothingRevealed(page.DocumentElement.OuterHtml);
        Assert.Equal("R•••••", page.Text("[data-masked=name]"));
        Assert.Equal("•••••", page.Text("[data-masked=nik]"));
        Assert.Equal("•••••", page.Text("[data-masked=nip]"));
        Assert.Equal("•••••234", page.Text("[data-masked=phone]"));
        Assert.Equal("r•••@•••", page.Text("[data-masked=email]"));
        Assert.Equal("Disembunyikan", page.Text("[data-masked=address]"));
        Assert.Equal("•••••", page.Text("[data-masked=position]"));
        Assert.Equal("•••••", page.Text("[data-masked=unit]"));

        // Only the institution shows before the reveal: position and unit with it would name a colleague.
        var identity = page.Text("#identitas");
        Assert.DoesNotContain("Penata Muda / Analis Perizinan", identity, StringComparison.Ordinal);
        Assert.DoesNotContain("Bidang Perizinan", identity, StringComparison.Ordinal);
        Assert.DoesNotContain("0003", identity, StringComparison.Ordinal);
        Assert.DoesNotContain("2003", identity, StringComparison.Ordinal);
        Assert.Contains("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", identity, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-revealed-at]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("cek")]
    public async Task Post_RevealWithoutAReason_IsRefusedAndNothingIsRecorded(string reason)
    {
        var report = await upg.SubmitAsync();

        using var response = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number),
            new Dictionary<string, string?> { ["AlasanIdentitas"] = reason }, formSelector: "#identitas form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Contains("Tuliskan alasan membuka identitas pelapor", page.FieldError("AlasanIdentitas"), StringComparison.Ordinal);
        AssertNothingRevealed(page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(await AduanPage.AuditAsync(upg.Factory, report.Number), e => e.Action == AuditActions.RevealIdentity);
        Assert.Null((await report.AsReporterSeesAsync(upg.Factory)).IdentityRevealedAt);
    }

    [Fact]
    public async Task Post_RevealWithAReason_ShowsTheIdentityOnThatAnswerOnly_AuditsIt_AndTellsTheReporter()
    {
        var report = await upg.SubmitAsync();

        using var response = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number),
            new Dictionary<string, string?> { ["AlasanIdentitas"] = Reason }, formSelector: "#identitas form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageClient.ParseAsync(response);
        Assert.Equal(GratificationSamples.FullName, page.Text("[data-revealed=name]"));
        Assert.Equal(GratificationSamples.Nik, page.Text("[data-revealed=nik]"));
        Assert.Equal(GratificationSamples.Nip, page.Text("[data-revealed=nip]"));
        Assert.Equal(GratificationSamples.PhoneNumber, page.Text("[data-revealed=phone]"));
        Assert.Equal("rahma.contoh@example.org", page.Text("[data-revealed=email]"));
        Assert.Equal("Jl. Brigjend Katamso No. 7, Bontang", page.Text("[data-revealed=address]"));
        Assert.Equal("", page.ValueOf("AlasanIdentitas"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Memuat ulang halaman ini", page.Text("[data-reveal-reload]"), StringComparison.Ordinal);
        Assert.Contains("log audit", page.Text("[data-reveal-reload]"), StringComparison.Ordinal);

        var entry = Assert.Single(await AduanPage.AuditAsync(upg.Factory, report.Number), e => e.Action == AuditActions.RevealIdentity);
        Assert.Equal(upg.Officer.Username, entry.Actor);
        Assert.Equal(Reason, await Security.AuditNotes.OpenAsync(upg.Factory, entry, Reason));
        Assert.NotNull((await report.AsReporterSeesAsync(upg.Factory)).IdentityRevealedAt);

        var again = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));
        AssertNothingRevealed(again.DocumentElement.OuterHtml);
        Assert.StartsWith("Terakhir dibuka", again.Text("[data-revealed-at]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RevealSentAgain_AsAReloadWould_IsLoggedAsASecondReveal()
    {
        var report = await upg.SubmitAsync();
        var page = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));
        var fields = new Dictionary<string, string?> { ["AlasanIdentitas"] = Reason };

        using var first = await UpgPage.PostAsync(upg.Upg, page, report.Number, "Identitas", fields);
        using var again = await UpgPage.PostAsync(upg.Upg, page, report.Number, "Identitas", fields);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await AduanPage.AuditAsync(upg.Factory, report.Number)).Count(e => e.Action == AuditActions.RevealIdentity));
    }

    [Fact]
    public async Task Get_Inbox_ShowsNoIdentity()
    {
        var report = await upg.SubmitAsync();

        var inbox = await upg.Upg.GetPageAsync(UpgPage.Inbox);

        Assert.NotNull(inbox.QuerySelector($"tr[data-number='{report.Number}']"));
        AssertNothingRevealed(inbox.DocumentElement.OuterHtml);
    }
}
