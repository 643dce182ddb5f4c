using Microsoft.Extensions.Options;
using Wbs.Web.Domain;

namespace Wbs.Web.Infrastructure;

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
