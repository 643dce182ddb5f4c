using OpenTelemetry.Metrics;

namespace Wbs.Web.Infrastructure.Metrics;

public static class MetricsSetup
{
    /// <summary>
    /// The instruments, always (they cost little), and the OpenTelemetry Prometheus exporter on its own listener when a
    /// port is set: requests and their durations per route template (ASP.NET Core's own meter, whose labels are the
    /// method, the route template, the status and the scheme), and the app's meter <see cref="WbsMetrics"/>.
    /// </summary>
    public static IServiceCollection AddWbsMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<WbsMetrics>();
        services.AddSingleton<DatabaseMetrics>();
        services.AddSingleton<SubmissionMetrics>();

        var options = configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (options.Port <= 0)
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", WbsMetrics.MeterName)
            .AddPrometheusHttpListener(listener =>
            {
                listener.Host = options.Address;
                listener.Port = options.Port;
            }));
        return services;
    }
}
