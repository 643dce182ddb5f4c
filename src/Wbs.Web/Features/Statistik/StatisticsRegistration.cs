namespace Wbs.Web.Features.Statistik;

public static class StatisticsRegistration
{
    /// <summary>The public statistics: one registration per report kind that counts, and a per-node cache.</summary>
    public static IServiceCollection AddWbsStatistics(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<StatisticsCache>();
        services.AddScoped<IReportKindStatistics, ComplaintStatistics>();
        services.AddScoped<IReportKindStatistics, GratificationStatistics>();
        services.AddScoped<PublicStatistics>();
        services.AddWbsPublicPageCache();
        return services;
    }
}
