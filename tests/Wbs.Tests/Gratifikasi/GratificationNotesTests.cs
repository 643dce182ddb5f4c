using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The conversation, the internal notes and the evidence of a gratification report on the UPG's page.</summary>
public class GratificationNotesTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    private const string Internal = "Internal: pemberi pernah memberi hadiah serupa tahun lalu.";

    [Fact]
    public async Task Post_InternalNotes_StayWithTheUpgAndNeverReachTheReporter()
    {
        var report = await upg.SubmitAsync();

        using (var note = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number), new Dictionary<string, string?> { ["Catatan"] = Internal }, formSelector: "#catatan form"))
        {
            Assert.Equal("Catatan internal tersimpan.", (await upg.Upg.FollowAsync(note)).Text("[role=status]"));
        }

        var form = UpgPage.ValidChange(GratificationStatus.PerluDilengkapi, UpgFixture.Today);
        form["Ubah.InternalNote"] = "Internal: tunggu konfirmasi atasan pelapor.";
        using (await UpgPage.ChangeStatusAsync(upg.Upg, report.Number, form))
        {
        }

        var staffPage = await upg.Upg.GetPageAsync(UpgPage.Url(report.Number));
        var notes = staffPage.Text("#catatan .notes");
        Assert.Contains(Internal, notes, StringComparison.Ordinal);
        Assert.Contains("Internal: tunggu konfirmasi atasan pelapor.", notes, StringComparison.Ordinal);

        var seen = await report.AsReporterSeesAsync(upg.Factory);
        var everything = string.Join("\n", seen.History.Select(h => h.Note).Concat(seen.Messages.Select(m => m.Body)));
        Assert.DoesNotContain("Internal:", everything, StringComparison.Ordinal);
        Assert.Equal("Mohon lampirkan foto amplop dan isinya.", seen.History[^1].Note);
        Assert.Equal([GratificationStatus.Diajukan, GratificationStatus.PerluDilengkapi], seen.History.Select(h => h.Status).ToList());
    }

    [Fact]
    public async Task Post_EmptyInternalNote_IsRefused()
    {
        var report = await upg.SubmitAsync();

        using var response = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number), new Dictionary<string, string?> { ["Catatan"] = " " }, formSelector: "#catatan form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Catatan internal wajib diisi", (await PageClient.ParseAsync(response)).FieldError("Catatan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ReachTheOtherSide_AndTheReportersMessageIsMarkedUnreadUntilOpened()
    {
        var report = await upg.SubmitAsync();
        await using (var scope = upg.Factory.CreateScope())
        {
            var sent = await scope.ServiceProvider.GetRequiredService<ReporterGratifications>().SendMessageAsync(report.ReporterId, report.Number, "Apakah amplop perlu saya serahkan?", default);
            Assert.True(sent.IsOk);
        }

        var inbox = await upg.Upg.GetPageAsync(UpgPage.Inbox);
        Assert.Equal("1 pesan baru", inbox.Text($"tr[data-number='{report.Number}'] .badge-unread"));

        using (var reply = await upg.Upg.SubmitAsync(UpgPage.Url(report.Number), new Dictionary<string, string?> { ["Pesan"] = "Silakan titipkan di UPG." }, formSelector: "#pesan form"))
        {
            var page = await upg.Upg.FollowAsync(reply);
            Assert.Equal("Pesan terkirim kepada pelapor.", page.Text("[role=status]"));
            Assert.Equal(["Apakah amplop perlu saya serahkan?", "Silakan titipkan di UPG."], page.QuerySelectorAll("#pesan .message-body").Select(m => m.TextContent.Trim()).ToList());
        }

        Assert.Null((await upg.Upg.GetPageAsync(UpgPage.Inbox)).QuerySelector($"tr[data-number='{report.Number}'] .badge-unread"));
        var seen = await report.AsReporterSeesAsync(upg.Factory);
        Assert.True(seen.Messages[^1].FromStaff);
        Assert.Equal("Silakan titipkan di UPG.", seen.Messages[^1].Body);
    }

    [Fact]
    public async Task Evidence_DownloadsCleaned_AndTheOriginalOnlyWithAnAuditedReason()
    {
        var reporterId = await Gratification.NewReporterAsync(upg.Factory);
        var png = SampleFiles.PngBytes;
        var submitted = await GratificationSamples.SubmitAsync(upg.Factory.Services, reporterId, GratificationSamples.Draft(UpgFixture.Today),
            [new IncomingFile("foto-amplop.png", png.Length, () => new MemoryStream(png))]);
        var number = submitted.RegistrationNumber;

        var page = await upg.Upg.GetPageAsync(UpgPage.Url(number));
        var link = page.QuerySelector("#bukti a[download]")!;
        Assert.Equal("foto-amplop.png", link.TextContent.Trim());
        using (var cleaned = await upg.Upg.Http.GetAsync(link.GetAttribute("href")))
        {
            Assert.Equal(HttpStatusCode.OK, cleaned.StatusCode);
            Assert.Equal("attachment", cleaned.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("foto-amplop.png", cleaned.Content.Headers.ContentDisposition?.FileNameStar ?? cleaned.Content.Headers.ContentDisposition?.FileName);
        }

        using (var noReason = await upg.Upg.SubmitAsync(UpgPage.Url(number), new Dictionary<string, string?> { ["AlasanAsli"] = "" }, formSelector: "#bukti form"))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Contains("Tuliskan alasan membuka berkas asli", (await PageClient.ParseAsync(noReason)).Text("#bukti .error-text"), StringComparison.Ordinal);
        }

        using (var original = await upg.Upg.SubmitAsync(UpgPage.Url(number), new Dictionary<string, string?> { ["AlasanAsli"] = "Memeriksa tanggal pengambilan foto." }, formSelector: "#bukti form"))
        {
            Assert.Equal(HttpStatusCode.OK, original.StatusCode);
            Assert.Equal("asli-foto-amplop.png", original.Content.Headers.ContentDisposition?.FileNameStar ?? original.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal(png, await original.Content.ReadAsByteArrayAsync());
        }

        var audit = await AduanPage.AuditAsync(upg.Factory, number);
        Assert.Contains(audit, e => e.Action == AuditActions.Download);
        Assert.Equal("Memeriksa tanggal pengambilan foto.", await Security.AuditNotes.OpenAsync(upg.Factory, Assert.Single(audit, e => e.Action == AuditActions.Reveal), "Memeriksa tanggal pengambilan foto."));
    }
}
