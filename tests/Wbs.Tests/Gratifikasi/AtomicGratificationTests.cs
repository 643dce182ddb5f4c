using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Api;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Tests.Gratifikasi;

/// <summary>Fails a gratification submission after its number, identity, report and files were written, before the commit.</summary>
public sealed class FailAfterGratificationWritten : SaveChangesInterceptor
{
    private int armed;

    public int BlobsSeenBeforeFailure { get; private set; }
    public int ReportsSeenBeforeFailure { get; private set; }

    public void FailNextSubmission() => Interlocked.Exchange(ref armed, 1);

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context!;
        if (db.ChangeTracker.Entries<GratificationReport>().Any() && Interlocked.Exchange(ref armed, 0) == 1)
        {
            BlobsSeenBeforeFailure = await db.Set<AttachmentBlob>().CountAsync(cancellationToken);
            ReportsSeenBeforeFailure = await db.Set<GratificationReport>().CountAsync(cancellationToken);
            throw new InvalidOperationException("Simulated failure after the gratification report and its files were written.");
        }

        return result;
    }
}

public class AtomicGratificationTests
{
    [Fact]
    public async Task Submit_FailingAfterEverythingWasWritten_LeavesNothingAndTheNumberIsReused()
    {
        using var factory = new WbsFactory();
        var failure = new FailAfterGratificationWritten();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteWbsDbContext>(db => db.AddInterceptors(failure));
            services.ConfigureDbContext<PostgresWbsDbContext>(db => db.AddInterceptors(failure));
        }));
        using var api = new ApiClient(app.CreateClient());
        await api.SignUpAsync();

        failure.FailNextSubmission();
        using (var failed = await GratificationApiForm.PostAsync(api, null, SampleFiles.Png(), SampleFiles.Pdf()))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        Assert.Equal(2, failure.BlobsSeenBeforeFailure);
        Assert.Equal(1, failure.ReportsSeenBeforeFailure);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            Assert.Equal(0, await db.GratificationReports.CountAsync());
            Assert.Equal(0, await db.GratificationEvents.CountAsync());
            Assert.Equal(0, await db.Attachments.CountAsync());
            Assert.Equal(0, await db.AttachmentBlobs.CountAsync());
            Assert.Null(await db.RegistrationCounters.Where(c => c.Prefix == "GRT").Select(c => (int?)c.LastValue).SingleOrDefaultAsync());
        }

        Assert.Equal($"GRT-{AgencyTime.Year}-00001", await GratificationApiForm.CreateAsync(api));
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }
}
