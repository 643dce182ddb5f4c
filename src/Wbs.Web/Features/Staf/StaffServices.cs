namespace Wbs.Web.Features.Staf;

public static class StaffServices
{
    /// <summary>The back office itself: staff accounts and their sign-in, role notices, the inbox export.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<RoleGrantNotices>();
        services.AddScoped<InboxExport>();
        return services;
    }
}
