namespace Wbs.Web.Features.Kasus.Retensi;

public static class RetentionServices
{
    /// <summary>Retention per final status, legal holds and the scheduled erasure (one node at a time, every node's ratchet kept in step).</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => new[] { o.ComplaintSelesaiYears, o.ComplaintDitolakYears, o.ComplaintDiteruskanYears, o.GratificationSelesaiYears, o.GratificationTidakDapatDitindaklanjutiYears }
                .All(y => y is >= RetentionPolicy.MinYears and <= RetentionPolicy.MaxYears), "Wbs:Retention: every period is 1 to 50 years.")
            .ValidateOnStart();
        services.AddScoped<RetentionPolicy>();
        services.AddScoped<CaseRetention>();
        services.AddScoped<LegalHolds>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<RetentionStartup>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
