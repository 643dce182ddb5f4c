using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Data.Backup;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Kasus.Retensi;

/// <summary>Retention through the pages: erasure on schedule, the statistics it leaves alone, the legal hold, and old backups.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly RetentionWorld world = new();

    public void Dispose() => world.Dispose();

    private void PassDays(int days) => world.Clock.Now = world.Clock.Now.AddDays(days);

    // A year later the reporter's session has long ended.
    private static async Task SignInAgainAsync(Complainant reporter)
    {
        using var _ = await reporter.Browser.LoginAsync(reporter.Reporter.Username, reporter.Reporter.Password);
    }

    [Fact]
    public async Task Run_ExpiredClosedCase_ErasesContentAndKeysKeepsStatisticsAndAuditsTheCounts()
    {
        using var expired = await world.ComplaintAsync("Pungutan loket yang ditolak", RetentionWorld.ToDitolak);
        using var open = await world.ComplaintAsync("Pungutan loket yang masih diperiksa", ComplaintStatus.Verifikasi);
        using var anonymous = world.Factory.CreateClient();
        var statisticsBefore = await anonymous.GetStringAsync("/api/v1/statistics?year=2026");
        var closed = await RetentionWorld.ComplaintRowAsync(world.Factory, expired.Number);
        Assert.Equal(new DateOnly(2027, 12, 3), closed.RetainUntil);

        PassDays(365);
        Assert.Empty((await world.RunAsync()).Cases);
        PassDays(1);
        var dry = await world.RunAsync(dryRun: true);
        Assert.Equal([expired.Number], dry.Cases.Select(c => c.Number));
        Assert.Null((await RetentionWorld.ComplaintRowAsync(world.Factory, expired.Number)).ErasedAt);
        var run = await world.RunAsync();

        Assert.Equal([expired.Number], run.Cases.Select(c => c.Number));
        Assert.Equal((1, 1), (run.Messages, run.Files));
        var row = await RetentionWorld.ComplaintRowAsync(world.Factory, expired.Number);
        Assert.NotNull(row.ErasedAt);
        Assert.Empty(row.SealedContent);
        Assert.Equal((ComplaintStatus.Ditolak, closed.Sequence, closed.SubmittedAt), (row.Status, row.Sequence, row.SubmittedAt));
        var left = await world.WithDbAsync(async db => new
        {
            Keys = await db.DataKeys.CountAsync(k => k.Id == row.Id),
            Messages = await db.ReportMessages.CountAsync(m => m.ReportId == row.Id),
            Files = await db.Attachments.CountAsync(a => a.ReportId == row.Id),
            Notes = await db.ComplaintEvents.CountAsync(e => e.ReportId == row.Id && (e.SealedPublicNote != null || e.SealedInternalNote != null)),
            Events = await db.ComplaintEvents.CountAsync(e => e.ReportId == row.Id),
        });
        Assert.Equal((0, 0, 0, 0), (left.Keys, left.Messages, left.Files, left.Notes));
        Assert.Equal(3, left.Events);
        Assert.Equal(statisticsBefore, await anonymous.GetStringAsync("/api/v1/statistics?year=2026"));

        var audit = Assert.Single(await AduanPage.AuditAsync(world.Factory, "retensi"));
        Assert.Equal(AuditActions.RetentionErasure, audit.Action);
        Assert.StartsWith("1 kasus, 1 pesan, 1 berkas dihapus", audit.Detail);
        Assert.Contains(expired.Number, audit.Detail);

        var staff = await world.StaffAsync();
        await SignInAgainAsync(expired);
        await SignInAgainAsync(open);
        var staffPage = await staff.GetPageAsync(AduanPage.Url(expired.Number));
        Assert.Contains(ErasedContent.Text, staffPage.QuerySelector("[data-erased]")!.TextContent);
        Assert.DoesNotContain("Pungutan loket yang ditolak", staffPage.Body!.TextContent);
        var reporterPage = await expired.PageAsync();
        Assert.Contains(ErasedContent.Text, reporterPage.QuerySelector("[data-erased]")!.TextContent);
        Assert.Contains("Pungutan loket yang masih diperiksa", (await open.PageAsync()).Body!.TextContent);
        Assert.Null((await open.PageAsync()).QuerySelector("[data-erased]"));
    }

    [Fact]
    public async Task LegalHold_HeldCaseOutlivesItsDay_AndIsErasedAtTheRunAfterTheHoldIsLifted()
    {
        using var held = await world.ComplaintAsync("Pungutan yang sedang diselidiki APH", RetentionWorld.ToDitolak);
        var staff = await world.StaffAsync();
        using var noReason = await staff.SubmitAsync(AduanPage.Url(held.Number), new Dictionary<string, string?> { ["AlasanTahan"] = "" }, formSelector: "#retensi form");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("alasan penahanan", (await PageClient.ParseAsync(noReason)).QuerySelector("#retensi")!.TextContent);

        const string Reason = "Permintaan Kejaksaan Negeri Bontang nomor B-123/P.4.13/12/2026";
        using var hold = await staff.SubmitAsync(AduanPage.Url(held.Number), new Dictionary<string, string?> { ["AlasanTahan"] = Reason }, formSelector: "#retensi form");
        Assert.Equal(HttpStatusCode.Redirect, hold.StatusCode);
        var page = await staff.GetPageAsync(AduanPage.Url(held.Number));
        Assert.Equal("held", page.QuerySelector("[data-retention-state]")!.GetAttribute("data-retention-state"));
        Assert.Contains(Reason, page.QuerySelector("#retensi")!.TextContent);
        Assert.Contains(await AduanPage.AuditAsync(world.Factory, held.Number), e => e.Action == AuditActions.LegalHold);

        PassDays(400);
        Assert.Empty((await world.RunAsync()).Cases);
        staff = await world.StaffAsync();
        Assert.Contains("Pungutan yang sedang diselidiki APH", (await staff.GetPageAsync(AduanPage.Url(held.Number))).Body!.TextContent);

        using var lift = await staff.SubmitAsync(AduanPage.Url(held.Number), new Dictionary<string, string?>(), formSelector: "#retensi form");
        Assert.Equal(HttpStatusCode.Redirect, lift.StatusCode);
        Assert.Contains(await AduanPage.AuditAsync(world.Factory, held.Number), e => e.Action == AuditActions.LegalHoldLifted);

        // Its day has passed: its keys now wait under today's retention key, and the first run after today erases it.
        Assert.Equal(DateOnly.FromDateTime(world.Clock.Now.UtcDateTime), (await RetentionWorld.ComplaintRowAsync(world.Factory, held.Number)).RetainUntil);
        Assert.Empty((await world.RunAsync()).Cases);
        PassDays(1);
        Assert.Equal([held.Number], (await world.RunAsync()).Cases.Select(c => c.Number));
        staff = await world.StaffAsync();

        var after = await staff.GetPageAsync(AduanPage.Url(held.Number));
        Assert.NotNull(after.QuerySelector("[data-erased]"));
        Assert.Null(after.QuerySelector("#retensi form"));
    }

    [Fact]
    public async Task OlderBackup_RestoredAfterTheErasure_CannotOpenTheErasedCase_WhileTheOthersOpen()
    {
        using var expiring = await world.ComplaintAsync("Pungutan yang habis masa simpannya", RetentionWorld.ToDitolak);
        using var kept = await world.ComplaintAsync("Pungutan yang selesai diperiksa", RetentionWorld.ToSelesai);
        using var open = await world.ComplaintAsync("Pungutan yang masih diverifikasi", ComplaintStatus.Verifikasi);
        var backup = await world.BackupAsync();

        PassDays(366);
        Assert.Equal([expiring.Number], (await world.RunAsync()).Cases.Select(c => c.Number));

        // The backup still holds the expired case's wrapped keys; the ratchet in the keys folder no longer opens them.
        await using (var scope = world.Factory.CreateScope())
        {
            var check = await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyAsync(backup, default);
            Assert.Empty(check.Problems);
            Assert.Equal((2, 1), (check.Opened, check.Erased));
        }

        using var restored = await world.RestoreIntoFreshAsync(backup);
        var row = await RetentionWorld.ComplaintRowAsync(restored, expiring.Number);
        Assert.NotNull(row.ErasedAt);
        Assert.Empty(row.SealedContent);
        var inspektur = await Staf.StaffMember.CreateAsync(restored, StaffRoles.Inspektur);
        using var staff = await inspektur.BrowserAsync();
        Assert.NotNull((await staff.GetPageAsync(AduanPage.Url(expiring.Number))).QuerySelector("[data-erased]"));
        Assert.Contains("Pungutan yang selesai diperiksa", (await staff.GetPageAsync(AduanPage.Url(kept.Number))).Body!.TextContent);
        Assert.Contains("Pungutan yang masih diverifikasi", (await staff.GetPageAsync(AduanPage.Url(open.Number))).Body!.TextContent);
        File.Delete(backup);
    }

    [Fact]
    public async Task AdminSavesYears_ACaseClosedAfterwardsIsKeptThatLong_WrongInputKeepsWhatWasTyped()
    {
        using var closedBefore = await world.ComplaintAsync("Pungutan yang ditolak lebih dulu", RetentionWorld.ToDitolak);
        var admin = await Staf.StaffMember.CreateAsync(world.Factory, StaffRoles.Admin);
        using var browser = await admin.BrowserAsync();
        var form = new Dictionary<string, string?>
        {
            ["Input.ComplaintSelesaiYears"] = "10", ["Input.ComplaintDitolakYears"] = "0", ["Input.ComplaintDiteruskanYears"] = "10",
            ["Input.GratificationSelesaiYears"] = "10", ["Input.GratificationTidakDapatDitindaklanjutiYears"] = "5",
        };
        using var wrong = await browser.SubmitAsync("/Staf/Admin/Retensi", form);
        var wrongPage = await PageClient.ParseAsync(wrong);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Ditolak 1 sampai 50 tahun", wrongPage.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("0", wrongPage.ValueOf("Input.ComplaintDitolakYears"));

        form["Input.ComplaintDitolakYears"] = "3";
        using var saved = await browser.SubmitAsync("/Staf/Admin/Retensi", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("ComplaintDitolakYears: 1 -> 3 tahun", Assert.Single(await AduanPage.AuditAsync(world.Factory, "pengaturan-retensi")).Detail);
        using var closedAfter = await world.ComplaintAsync("Pungutan yang ditolak sesudahnya", RetentionWorld.ToDitolak);

        Assert.Equal(new DateOnly(2027, 12, 3), (await RetentionWorld.ComplaintRowAsync(world.Factory, closedBefore.Number)).RetainUntil);
        Assert.Equal(new DateOnly(2029, 12, 3), (await RetentionWorld.ComplaintRowAsync(world.Factory, closedAfter.Number)).RetainUntil);
    }
}
