namespace Wbs.Web.Features.Pengaduan;

public static class ComplaintServices
{
    /// <summary>Complaints: intake and storage for the form and the API, the reporter's view and the staff's case work.</summary>
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<ComplaintSubmission>();
        services.AddScoped<ComplaintIntake>();
        services.AddScoped<ComplaintRecording>();
        services.AddScoped<ReporterComplaints>();
        services.AddScoped<StaffComplaints>();
        services.AddScoped<Pelimpahan.Handovers>();
        services.AddScoped<Tautan.CaseLinks>();
        return services;
    }
}
