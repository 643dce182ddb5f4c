using OpenTelemetry.Metrics;

namespace Wbs.Web.Infrastructure.Metrics;

/// <summary>Where the Prometheus scrape endpoint listens (section "Wbs:Metrics"); off until a port is set.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Wbs:Metrics";

    /// <summary>The port of the scrape endpoint http://Address:Port/metrics; 0 turns metrics off.</summary>
    public int Port { get; set; }

    /// <summary>The address it is bound to: loopback unless a monitoring network is meant to reach it.</summary>
    public string Address { get; set; } = "127.0.0.1";
}

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
