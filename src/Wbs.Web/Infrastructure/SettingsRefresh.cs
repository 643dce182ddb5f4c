using Microsoft.EntityFrameworkCore;

namespace Wbs.Web.Infrastructure;

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
