using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus.BatasWaktu;
using Wbs.Web.Features.Kasus.Retensi;

namespace Wbs.Web.Features.Kasus;

public static class CaseServices
{
    /// <summary>The case core both report kinds call: deadlines on the agency's calendar, staff and reporter case work.</summary>
    public static IServiceCollection AddCaseCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));
        services.AddMemoryCache();
        services.AddOptions<TimeLimitOptions>().Bind(configuration.GetSection(TimeLimitOptions.Section))
            .Validate(o => o.AcknowledgementWorkingDays is >= 0 and <= 30 && o.FeedbackWorkingDays is >= 1 and <= 120,
                "Wbs:TimeLimits: AcknowledgementWorkingDays must be 0 to 30 and FeedbackWorkingDays 1 to 120.")
            .ValidateOnStart();
        services.AddScoped<Deadlines>();
        services.AddScoped<TimeLimits>();
        services.AddScoped<ReporterCaseWork>();
        services.AddScoped<StaffCaseWork>();
        services.AddScoped<StaffEvidence>();
        services.AddScoped<SubmissionKeys>();
        services.AddRetention(configuration);
        return services;
    }
}
