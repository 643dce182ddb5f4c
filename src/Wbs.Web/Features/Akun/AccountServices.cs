namespace Wbs.Web.Features.Akun;

public static class AccountServices
{
    /// <summary>Reporter accounts: sign-up and recovery, and the per-name sign-in backoff that replaces lockout.</summary>
    public static IServiceCollection AddReporterAccounts(this IServiceCollection services)
    {
        services.AddSingleton<SignInBackoff>();
        services.AddScoped<ReporterAccounts>();
        return services;
    }
}
