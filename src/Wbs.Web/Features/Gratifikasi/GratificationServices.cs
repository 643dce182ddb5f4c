namespace Wbs.Web.Features.Gratifikasi;

public static class GratificationServices
{
    /// <summary>Gratification reports: intake and storage, the reporter's view and the UPG's case work.</summary>
    public static IServiceCollection AddGratifications(this IServiceCollection services)
    {
        services.AddScoped<GratificationSubmission>();
        services.AddScoped<GratificationOwners>();
        services.AddScoped<ReporterGratifications>();
        services.AddScoped<StaffGratifications>();
        return services;
    }
}
