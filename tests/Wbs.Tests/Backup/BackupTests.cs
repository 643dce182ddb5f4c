using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Kasus.Retensi;
using Wbs.Web.Cli;
using Wbs.Web.Data.Backup;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Backup;

/// <summary>backup create, verify and restore on the configured database: a fresh instance gets everything back, whole.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly RetentionWorld world = new();

    public void Dispose() => world.Dispose();

    // Rows that the restored instance itself writes as it starts (its job lease and run time, the restore's audit entry).
    private static readonly string[] WrittenByRestore = ["AuditEntries", "AuditHeads", "SenderLeases", "RetentionStates"];

    // The inbox counters are derived from the reports and counted again when the restored instance starts: a group
    // whose count went back to zero keeps its row where the triggers kept it, and has none after a recount.
    private static IEnumerable<string> Records(string table, IEnumerable<string> rows) =>
        table is "InboxCounts" or "InboxDeadlineCounts" ? rows.Where(r => !r.Contains("|Count=0", StringComparison.Ordinal)) : rows;

    [Fact]
    public async Task CreateThenRestoreOnAFreshInstance_GivesBackEveryRowFileMessageAndAuditEntryIdentical()
    {
        using var closed = await world.ComplaintAsync("Pungutan yang sudah ditolak", RetentionWorld.ToDitolak);
        using var open = await world.ComplaintAsync("Pungutan yang masih diverifikasi", Web.Domain.ComplaintStatus.Verifikasi);
        var backup = await world.BackupAsync();
        var original = await world.WithDbAsync(TableDump.AllAsync);
        var auditInBackup = await world.WithDbAsync(db => db.AuditEntries.AsNoTracking().CountAsync(e => e.Action != AuditActions.Backup));

        Assert.Equal(0, await CommandLine.RunAsync(world.Factory.Services, ["backup", "verify", backup]));
        using var restored = await world.RestoreIntoFreshAsync(backup);
        var copy = await RetentionWorld.WithDbAsync(restored, TableDump.AllAsync);

        foreach (var (table, rows) in original.Where(t => !WrittenByRestore.Contains(t.Key)))
        {
            Assert.True(Records(table, rows).SequenceEqual(Records(table, copy[table])), $"table {table} differs after the restore");
        }

        // Every entry the backup holds comes back as it was; the restored instance then appends its own.
        var inBackup = original["AuditEntries"].Where(r => !r.StartsWith("Action=" + AuditActions.Backup + "|", StringComparison.Ordinal)).ToList();
        Assert.Equal(auditInBackup, inBackup.Count);
        Assert.Empty(inBackup.Except(copy["AuditEntries"]));
        Assert.Contains(original["Attachments"], row => row.Length > 0);
        await using (var scope = restored.CreateScope())
        {
            var (entries, problem) = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(default);
            Assert.Null(problem);
            Assert.True(entries > auditInBackup);
        }

        // The reporter's file, downloaded from the restored instance, is the bytes first uploaded (cleaned: the PNG has no metadata).
        using var browser = restored.CreatePageClient();
        using var _ = await browser.LoginAsync(closed.Reporter.Username, closed.Reporter.Password);
        var page = await browser.GetPageAsync($"/Pengaduan/{closed.Number}");
        var link = page.QuerySelector("a[href*='handler=Berkas']")?.GetAttribute("href");
        Assert.NotNull(link);
        var before = await closed.Browser.Http.GetByteArrayAsync(link);
        Assert.Equal(before, await browser.Http.GetByteArrayAsync(link));
        using var other = restored.CreatePageClient();
        using var __ = await other.LoginAsync(open.Reporter.Username, open.Reporter.Password);
        Assert.Contains("Pungutan yang masih diverifikasi", (await other.GetPageAsync($"/Pengaduan/{open.Number}")).Body!.TextContent);
        File.Delete(backup);
    }

    [Fact]
    public async Task Restore_IntoADatabaseThatIsNotEmpty_IsRefusedAndChangesNothing()
    {
        using var complaint = await world.ComplaintAsync("Pungutan di loket", Web.Domain.ComplaintStatus.Verifikasi);
        var backup = await world.BackupAsync();
        var before = await world.WithDbAsync(db => db.Complaints.CountAsync());

        var (code, output) = await RetentionWorld.RunProgramAsync(world.Factory, "backup", "restore", backup);

        Assert.Equal(1, code);
        Assert.Contains("Not restoring", output);
        Assert.Equal(before, await world.WithDbAsync(db => db.Complaints.CountAsync()));
        File.Delete(backup);
    }

    [Fact]
    public async Task Verify_AlteredArchive_FailsNamingTheDigest()
    {
        using var complaint = await world.ComplaintAsync("Pungutan di loket", Web.Domain.ComplaintStatus.Verifikasi);
        var backup = await world.BackupAsync();
        var bytes = await File.ReadAllBytesAsync(backup);
        var at = bytes.AsSpan().IndexOf("SQLite format 3"u8) + 4096 + 100;
        bytes[at] ^= 0xFF;
        await File.WriteAllBytesAsync(backup, bytes);

        await using var scope = world.Factory.CreateScope();
        var check = await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyAsync(backup, default);

        Assert.Contains(check.Problems, p => p.Contains("SHA-256", StringComparison.Ordinal));
        Assert.Equal(1, await CommandLine.RunAsync(world.Factory.Services, ["backup", "verify", backup]));
        File.Delete(backup);
    }

    [Fact]
    public async Task Backup_TakenDuring50ConcurrentSubmissions_RestoresEveryReportWholeWithGaplessNumbers()
    {
        // 50 submissions take turns on the year's counter row; on PostgreSQL they queue for the pool's 20 connections.
        world.Factory.Settings["Wbs:Database:ConnectionWaitSeconds"] = "120";
        using var warm = world.Factory.CreateApiClient();
        var types = await warm.ViolationTypesAsync();
        var submissions = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            using var api = world.Factory.CreateApiClient();
            var report = new ComplaintBuilder { Title = $"Pungutan loket nomor {i}" };
            if (i % 5 == 0)
            {
                report.WithFiles(SampleFiles.Png($"foto-{i}.png"));
            }

            using var response = await api.Http.PostAsync("/api/v1/anonymous/reports", Multipart(types, report));
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"submission {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        })).ToList();

        await Task.Delay(1500);
        var backup = await world.BackupAsync();
        await Task.WhenAll(submissions);

        using var restored = await world.RestoreIntoFreshAsync(backup);
        await using var scope = restored.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.WbsDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<ContentSealer>();
        var reports = await db.Complaints.AsNoTracking().Include(r => r.Events).OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.Sequence));
        Assert.Equal(reports.Count, await db.RegistrationCounters.Where(c => c.Prefix == "ADU").Select(c => c.LastValue).SingleOrDefaultAsync());
        foreach (var report in reports)
        {
            Assert.StartsWith("Pungutan loket nomor ", sealer.Open<ComplaintContent>(report.Id, report.SealedContent).Title);
            Assert.NotEmpty(report.Events);
            Assert.True(await db.AnonymousAccesses.AnyAsync(a => a.ReportId == report.Id));
            foreach (var attachment in await db.Attachments.AsNoTracking().Where(a => a.ReportId == report.Id).ToListAsync())
            {
                await using var file = await Web.Evidence.EvidenceBlobs.OpenAsync(db, sealer, attachment.Id, nameof(AttachmentBlob.Data), report.Id, default);
                using var bytes = new MemoryStream();
                await file!.CopyToAsync(bytes);
                Assert.Equal(attachment.Size, bytes.Length);
            }
        }

        var check = await restored.Services.CreateScope().ServiceProvider.GetRequiredService<BackupVerifier>().VerifyAsync(backup, default);
        Assert.Empty(check.Problems);
        File.Delete(backup);
    }

    private static MultipartFormDataContent Multipart(IReadOnlyDictionary<string, int> types, ComplaintBuilder report)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(report.Title!), "title" },
            { new StringContent(report.Description!), "description" },
            { new StringContent(types[report.ViolationType!].ToString(System.Globalization.CultureInfo.InvariantCulture)), "violationTypeId" },
            { new StringContent("[{\"name\":\"Pak Anu\"}]"), "reportedPersons" },
            { new StringContent(report.Location!), "location" },
            { new StringContent(report.IncidentDate!), "incidentDate" },
        };
        foreach (var file in report.Files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            form.Add(part, "files", file.FileName);
        }

        return form;
    }
}
