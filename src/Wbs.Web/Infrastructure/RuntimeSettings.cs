using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
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

/// <summary>Lays the saved row over the configuration file's agency and deadline settings.</summary>
public sealed class SavedSettingsOptions(AgencySettingsStore store)
    : IConfigureOptions<AgencyOptions>, IConfigureOptions<DeadlineOptions>,
      IOptionsChangeTokenSource<AgencyOptions>, IOptionsChangeTokenSource<DeadlineOptions>
{
    public string Name => Options.DefaultName;

    public void Configure(AgencyOptions options)
    {
        if (store.Current is not { } saved)
        {
            return;
        }

        options.Name = saved.Name;
        options.ShortName = saved.ShortName;
        options.Region = saved.Region;
        options.City = saved.City;
        options.Address = saved.Address;
        options.ContactLines = [.. saved.ContactLineList];
        options.TimeZone = saved.TimeZone;
        options.TimeZoneLabel = saved.TimeZoneLabel;
    }

    public void Configure(DeadlineOptions options)
    {
        if (store.Current is not { } saved)
        {
            return;
        }

        options.VerificationWorkingDays = saved.VerificationWorkingDays;
        options.CompletionWorkingDays = saved.CompletionWorkingDays;
        options.FollowUpWorkingDays = saved.FollowUpWorkingDays;
        options.GratificationForwardingWorkingDays = saved.GratificationForwardingWorkingDays;
    }

    public IChangeToken GetChangeToken() => store.ChangeToken;
}

/// <summary>Re-reads the saved settings before a request when the cached copy is old.</summary>
public sealed partial class SettingsRefresh(RequestDelegate next, AgencySettingsStore store, ILogger<SettingsRefresh> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (store.IsStale)
        {
            try
            {
                await store.RefreshAsync(context.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or DbUpdateException)
            {
                // A database that does not answer keeps the last known settings; /health reports the outage.
                LogUnreadable(logger, ex);
            }
        }

        await next(context);
    }

    [LoggerMessage(LogLevel.Warning, "Could not re-read the agency settings; the last known ones stay.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}

public static class RuntimeSettingsRegistration
{
    /// <summary>
    /// Agency and deadline settings follow the saved row: IOptions of both is resolved from the monitor on every
    /// request for it, so pages and services that inject IOptions see an admin's edit without a restart.
    /// </summary>
    public static IServiceCollection AddWbsRuntimeSettings(this IServiceCollection services)
    {
        services.AddSingleton<AgencySettingsStore>();
        services.AddSingleton<SavedSettingsOptions>();
        services.AddSingleton<IConfigureOptions<AgencyOptions>>(sp => sp.GetRequiredService<SavedSettingsOptions>());
        services.AddSingleton<IConfigureOptions<DeadlineOptions>>(sp => sp.GetRequiredService<SavedSettingsOptions>());
        services.AddSingleton<IOptionsChangeTokenSource<AgencyOptions>>(sp => sp.GetRequiredService<SavedSettingsOptions>());
        services.AddSingleton<IOptionsChangeTokenSource<DeadlineOptions>>(sp => sp.GetRequiredService<SavedSettingsOptions>());
        services.AddTransient<IOptions<AgencyOptions>>(sp => Options.Create(sp.GetRequiredService<IOptionsMonitor<AgencyOptions>>().CurrentValue));
        services.AddTransient<IOptions<DeadlineOptions>>(sp => Options.Create(sp.GetRequiredService<IOptionsMonitor<DeadlineOptions>>().CurrentValue));
        return services;
    }
}
