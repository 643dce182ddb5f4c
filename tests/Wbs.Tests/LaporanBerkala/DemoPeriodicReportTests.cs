using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Cli;
using Wbs.Web.Domain;
using Wbs.Web.Features.LaporanBerkala;
using Wbs.Web.Infrastructure;

namespace Wbs.Tests.LaporanBerkala;

/// <summary>The demo data gives the periodic report something to say: several channels, every stage, and times to each step.</summary>
public sealed class DemoPeriodicReportTests
{
    [Fact]
    public async Task DemoData_LastYear_HasSeveralChannelsEveryStageAndTimes()
    {
        using var factory = new WbsFactory();
        Assert.Equal(0, await CommandLine.RunAsync(factory.Services, ["demo-data"]));
        await using var scope = factory.CreateScope();
        var reports = scope.ServiceProvider.GetRequiredService<PeriodicReports>();
        var year = scope.ServiceProvider.GetRequiredService<AgencyClock>().Today.Year - 1;

        var report = await reports.BuildAsync(new ReportPeriod(year, null), default);
        var quarters = new List<int>();
        for (var q = 1; q <= 4; q++)
        {
            quarters.Add((await reports.BuildAsync(new ReportPeriod(year, q), default)).Total.Received);
        }

        Assert.True(report.ByChannel.Count >= 4, $"only {report.ByChannel.Count} channels");
        Assert.Contains(report.ByChannel, r => r.Name == ComplaintChannel.Surat.Display());
        var t = report.Total;
        Assert.All(new[] { t.Verified, t.FollowedUp, t.Forwarded, t.Rejected, t.Closed, t.Proven, t.NotProven }, n => Assert.True(n > 0));
        Assert.NotNull(t.VerificationMedian);
        Assert.NotNull(t.FeedbackP90);
        Assert.True(t.ClosingP90 > t.ClosingMedian);
        Assert.True(report.ByViolationType.Count >= 5);
        Assert.True(report.ByUnit.Count >= 5);
        Assert.Equal(t.Received, quarters.Sum());
    }
}
