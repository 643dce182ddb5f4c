using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.Retensi;
using Wbs.Web.Infrastructure;

namespace Wbs.StatisticsBench;

/// <summary>
/// Makes N filled reports expired closed cases (Ditolak, last day yesterday, keys wrapped as the close would) and times
/// one retention run that erases them: their messages, files, notes and keys, one audit entry, the ratchet moved on.
/// </summary>
internal static class RetentionMeasurer
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var n = options.Int("expire", 10_000);
        await using var app = await options.BuildAppServicesAsync();

        // The filled cases closed before retention existed: the first run gives each closed one its last day and wraps its keys.
        var fixing = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(Guid.NewGuid(), dryRun: false, default);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"First run: {first!.NewlyFixed:N0} closed cases given their last day and their keys wrapped in {fixing.Elapsed.TotalSeconds:F1} s."));
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            var yesterday = scope.ServiceProvider.GetRequiredService<AgencyClock>().Today.AddDays(-1);
            var ids = await db.Complaints.OrderBy(r => r.SubmittedAt).Take(n).Select(r => r.Id).ToListAsync();
            foreach (var chunk in ids.Chunk(1000))
            {
                await db.Complaints.Where(r => chunk.Contains(r.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, ComplaintStatus.Ditolak).SetProperty(r => r.RetainUntil, yesterday));
            }
        }

        var watch = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(Guid.NewGuid(), dryRun: false, default)
                ?? throw new InvalidOperationException("The retention lease is held elsewhere.");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Retention run: {run.Cases.Count:N0} cases, {run.Messages:N0} messages, {run.Files:N0} files erased in {watch.Elapsed.TotalSeconds:F1} s."));
        }

        return 0;
    }
}
