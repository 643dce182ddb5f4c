using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Data.Backup;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.Retensi;

namespace Wbs.Tests.Kasus.Retensi;

/// <summary>
/// An app with a clock the test moves and short retention periods (Ditolak: 1 year, Selesai: 10), the scheduled job off
/// so that the test runs it; complaints closed by an Inspektur through the staff pages; backups and their restore.
/// </summary>
public sealed class RetentionWorld : IDisposable
{
    public RetentionWorld()
    {
        Factory = NewFactory(Clock);
    }

    public AdjustableClock Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));

    public BackOfficeFactory Factory { get; }

    public static BackOfficeFactory NewFactory(AdjustableClock clock)
    {
        var factory = new BackOfficeFactory { Clock = clock };
        factory.Settings["Wbs:Retention:ComplaintDitolakYears"] = "1";
        factory.Settings["Wbs:Retention:ComplaintSelesaiYears"] = "10";
        factory.Settings["Wbs:Retention:Enabled"] = "false";
        factory.Settings["Wbs:Anonymous:SubmissionsPerAddressPerHour"] = "1000";
        factory.Settings["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000";
        return factory;
    }

    private StaffMember? inspektur;
    private PageClient? staff;
    private DateTimeOffset signedInAt;

    /// <summary>The Inspektur's browser, signed in again once the test has moved the clock past the staff session.</summary>
    public async Task<PageClient> StaffAsync()
    {
        inspektur ??= await StaffMember.CreateAsync(Factory, StaffRoles.Inspektur);
        if (staff is null || Clock.Now - signedInAt > TimeSpan.FromMinutes(10))
        {
            staff?.Dispose();
            staff = await inspektur.BrowserAsync();
            signedInAt = Clock.Now;
        }

        return staff;
    }

    /// <summary>A complaint with a file and a message from its handler, moved along <paramref name="path"/>.</summary>
    public async Task<Complainant> ComplaintAsync(string title, params ComplaintStatus[] path)
    {
        var reporter = await Complainant.SubmitAsync(Factory, new ComplaintBuilder { Title = title }.WithFiles(SampleFiles.Png()));
        var browser = await StaffAsync();
        var page = await browser.GetPageAsync(AduanPage.Url(reporter.Number));
        using var sent = await AduanPage.PostAsync(browser, page, reporter.Number, "Pesan", new Dictionary<string, string?> { ["Pesan"] = "Mohon kirim foto tambahan: " + title });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await AduanPage.MoveAsync(browser, reporter.Number, path);
        return reporter;
    }

    public static readonly ComplaintStatus[] ToDitolak = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak];
    public static readonly ComplaintStatus[] ToSelesai = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Selesai];

    public async Task<RetentionRun> RunAsync(bool dryRun = false)
    {
        await using var scope = Factory.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(Guid.NewGuid(), dryRun, default))!;
    }

    public async Task<T> WithDbAsync<T>(Func<WbsDbContext, Task<T>> read) => await WithDbAsync(Factory, read);

    public static async Task<T> WithDbAsync<T>(WbsFactory factory, Func<WbsDbContext, Task<T>> read)
    {
        await using var scope = factory.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<WbsDbContext>());
    }

    public async Task<string> BackupAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "wbs-tests", "backup-" + Guid.NewGuid().ToString("N") + ".zip");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var scope = Factory.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BackupCreator>().CreateAsync(file, default);
        return file;
    }

    /// <summary>
    /// A fresh instance (its own data folder and database) given this one's keys folder, into which the backup is restored
    /// by the program's own command, as an operator would run it; the instance is then started on it.
    /// </summary>
    public async Task<BackOfficeFactory> RestoreIntoFreshAsync(string backup)
    {
        var fresh = NewFactory(Clock);
        CopyFolder(Path.Combine(Factory.DataFolder, "keys"), Path.Combine(fresh.DataFolder, "keys"));
        var (code, output) = await RunProgramAsync(fresh, "backup", "restore", backup);
        Assert.True(code == 0, "backup restore failed: " + output);
        return fresh;
    }

    public static async Task<(int Code, string Output)> RunProgramAsync(WbsFactory factory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Wbs.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--Wbs:DataFolder=" + factory.DataFolder);
        start.ArgumentList.Add("--Wbs:DatabaseProvider=" + (TestDatabase.IsPostgres ? "Postgres" : "Sqlite"));
        start.ArgumentList.Add("--ConnectionStrings:Wbs=" + (factory.ConnectionString ?? ""));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public static Task<Complaint> ComplaintRowAsync(WbsFactory factory, string number) =>
        WithDbAsync(factory, db => db.Complaints.AsNoTracking().SingleAsync(r => r.RegistrationNumber == number));

    public void Dispose()
    {
        staff?.Dispose();
        Factory.Dispose();
    }
}
