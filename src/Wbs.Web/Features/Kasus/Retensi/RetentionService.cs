using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>
/// The scheduled retention job. Every node moves its own ratchet to the day the database says (so a node that did not
/// run the job forgets the erased days' keys too); the one node that takes the lease erases what has expired.
/// </summary>
public sealed partial class RetentionService(
    IServiceScopeFactory scopes, RetentionRatchet ratchet, DataKeyCache cache, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    public Guid NodeId { get; } = Guid.NewGuid();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public async Task TickAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var day = await db.RetentionStates.AsNoTracking().Where(s => s.Id == RetentionState.SingletonId).Select(s => (DateOnly?)s.RatchetDay).SingleOrDefaultAsync(ct);
        if (day is { } target && ratchet.AdvanceTo(target))
        {
            cache.Clear();
        }

        if (options.Value.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(NodeId, dryRun: false, ct);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A retention round failed ({Error}); the next round tries again.")]
    private static partial void LogFailed(ILogger logger, string error);
}
