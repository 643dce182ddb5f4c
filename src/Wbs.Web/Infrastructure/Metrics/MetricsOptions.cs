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
