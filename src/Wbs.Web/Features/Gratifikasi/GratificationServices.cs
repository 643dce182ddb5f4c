using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

public static class GratificationServices
{
    /// <summary>Gratification reports: intake and storage, the reporter's view and the UPG's case work.</summary>
    public static IServiceCollection AddGratifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GratificationRules>(configuration.GetSection(GratificationRules.Section));
        services.AddScoped<GratificationSubmission>();
        services.AddScoped<GratificationOwners>();
        services.AddScoped<ReporterGratifications>();
        services.AddScoped<StaffGratifications>();
        services.AddScoped<GiftRegister>();
        return services;
    }
}
