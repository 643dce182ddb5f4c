using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

/// <summary>
/// Fails a submission after its number was taken and its report and files were written to the database, but before
/// the commit, as a crash or a lost connection would.
/// </summary>
public sealed class FailAfterReportWritten : SaveChangesInterceptor
{
    private int armed;

    public int BlobsSeenBeforeFailure { get; private set; }
    public int CounterSeenBeforeFailure { get; private set; }

    public void FailNextSubmission() => Interlocked.Exchange(ref armed, 1);

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        if (db.ChangeTracker.Entries<Complaint>().Any() && Interlocked.Exchange(ref armed, 0) == 1)
        {
            BlobsSeenBeforeFailure = await db.Set<AttachmentBlob>().CountAsync(cancellationToken);
            CounterSeenBeforeFailure = await db.Set<RegistrationCounter>().Where(c => c.Prefix == "ADU").Select(c => c.LastValue).SingleAsync(cancellationToken);
            throw new InvalidOperationException("Simulated failure after the report and its files were written.");
        }

        return result;
    }
}

public class AtomicSubmissionTests
{
    [Fact]
    public async Task Submit_FailingAfterNumberAndFilesWereWritten_LeavesNothingAndTheNumberIsReused()
    {
        using var factory = new WbsFactory();
        var failure = new FailAfterReportWritten();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteWbsDbContext>(db => db.AddInterceptors(failure));
            services.ConfigureDbContext<PostgresWbsDbContext>(db => db.AddInterceptors(failure));
        }));
        using var api = new ApiClient(app.CreateClient());
        await api.SignUpAsync();
        var year = AgencyTime.Year;

        failure.FailNextSubmission();
        using (var first = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png(), SampleFiles.Pdf())))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        }

        Assert.Equal(2, failure.BlobsSeenBeforeFailure);
        Assert.Equal(1, failure.CounterSeenBeforeFailure);
        await AssertStoredAsync(app.Services, reports: 0, attachments: 0, counter: null);

        Assert.Equal($"ADU-{year}-00001", await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png())));

        failure.FailNextSubmission();
        using (var third = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png(), SampleFiles.Png("kedua.png"))))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, third.StatusCode);
        }

        Assert.Equal(3, failure.BlobsSeenBeforeFailure);
        Assert.Equal(2, failure.CounterSeenBeforeFailure);
        await AssertStoredAsync(app.Services, reports: 1, attachments: 1, counter: 1);

        Assert.Equal($"ADU-{year}-00002", await api.CreateValidReportAsync());
        Assert.Equal(2, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }

    [Fact]
    public async Task Submit_FailingOnThePage_ShowsAnErrorPageAndStoresNothing()
    {
        using var factory = new WbsFactory();
        var failure = new FailAfterReportWritten();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteWbsDbContext>(db => db.AddInterceptors(failure));
            services.ConfigureDbContext<PostgresWbsDbContext>(db => db.AddInterceptors(failure));
        }));
        using var browser = new PageClient(app.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.RegisterAsync();

        failure.FailNextSubmission();
        using var failed = await browser.SubmitReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("Terjadi kesalahan", (await PageClient.ParseAsync(failed)).Text("main h1"));
        Assert.Equal(1, failure.BlobsSeenBeforeFailure);
        await AssertStoredAsync(app.Services, reports: 0, attachments: 0, counter: null);
        var list = await browser.GetPageAsync("/Pengaduan");
        Assert.Empty(list.QuerySelectorAll("table.report-table tbody tr"));
        Assert.Equal($"ADU-{AgencyTime.Year}-00001", await browser.SubmitValidReportAsync());
    }

    private static async Task AssertStoredAsync(IServiceProvider services, int reports, int attachments, int? counter)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        Assert.Equal(reports, await db.Complaints.CountAsync());
        Assert.Equal(reports, await db.ComplaintEvents.Select(e => e.ReportId).Distinct().CountAsync());
        Assert.Equal(attachments, await db.Attachments.CountAsync());
        Assert.Equal(attachments, await db.AttachmentBlobs.CountAsync());
        Assert.Equal(counter, await db.RegistrationCounters.Where(c => c.Prefix == "ADU").Select(c => (int?)c.LastValue).SingleOrDefaultAsync());
    }
}
