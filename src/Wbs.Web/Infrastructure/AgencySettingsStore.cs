using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// The admin-edited agency settings row, cached in memory and re-read from the database when older than
/// "Wbs:SettingsRefreshSeconds", so every node behind a load balancer follows an edit made on any of them.
/// </summary>
public sealed partial class AgencySettingsStore(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AgencySettingsStore> logger)
    : IDisposable
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private readonly TimeSpan maxAge = TimeSpan.FromSeconds(configuration.GetValue("Wbs:SettingsRefreshSeconds", 30));
    private ConfigurationReloadToken changed = new();
    private Loaded? loaded;

    /// <summary>The saved settings, or null while an admin has saved none (the configuration file applies).</summary>
    public AgencySettings? Current => loaded?.Row;

    public IChangeToken ChangeToken => Volatile.Read(ref changed);

    public bool IsStale => loaded is not { } l || time.GetUtcNow() - l.At >= maxAge;

    /// <summary>Reads the row again unless another caller is already doing so (a first load always waits).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        if (!await refreshing.WaitAsync(loaded is null ? Timeout.Infinite : 0, ct))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            Remember(await db.AgencySettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AgencySettings.SingletonId, ct));
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>Takes a row just saved on this node, so the change shows at once here.</summary>
    public void Remember(AgencySettings? row)
    {
        var before = loaded?.Row;
        loaded = new Loaded(row, time.GetUtcNow());
        if (before?.UpdatedAt != row?.UpdatedAt)
        {
            Interlocked.Exchange(ref changed, new ConfigurationReloadToken()).OnReload();
            LogChanged(logger, row?.UpdatedBy);
        }
    }

    public void Dispose() => refreshing.Dispose();

    [LoggerMessage(LogLevel.Information, "Agency settings now as saved by {UpdatedBy}.")]
    private static partial void LogChanged(ILogger logger, string? updatedBy);

    private sealed record Loaded(AgencySettings? Row, DateTimeOffset At);
}
