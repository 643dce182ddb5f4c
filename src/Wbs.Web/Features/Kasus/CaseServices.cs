using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;

namespace Wbs.Web.Features.Kasus;

public static class CaseServices
{
    /// <summary>The case core both report kinds call: deadlines on the agency's calendar, staff and reporter case work.</summary>
    public static IServiceCollection AddCaseCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));
        services.AddMemoryCache();
        services.Configure<TimeLimitOptions>(configuration.GetSection(TimeLimitOptions.Section));
        services.AddScoped<Deadlines>();
        services.AddScoped<TimeLimits>();
        services.AddScoped<ReporterCaseWork>();
        services.AddScoped<StaffCaseWork>();
        services.AddScoped<StaffEvidence>();
        services.AddScoped<SubmissionKeys>();
        return services;
    }
}
