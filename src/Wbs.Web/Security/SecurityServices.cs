using Wbs.Web.Data;

namespace Wbs.Web.Security;

public static class SecurityServices
{
    /// <summary>Encryption at rest (master keys, data keys, sealing), the audit chain, key rotation and rate limits.</summary>
    public static IServiceCollection AddWbsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KeyOptions>(configuration.GetSection(KeyOptions.Section));
        services.AddSingleton<MasterKeyRing>();
        services.AddSingleton<DataKeyCache>();
        services.AddSingleton<RetentionRatchet>();
        services.AddSingleton<ReceiptSigningKeys>();
        services.AddScoped<KeyRingStore>();
        services.AddScoped<SystemKeys>();
        services.AddScoped<PlainKeyRingRetirement>();
        services.AddScoped<SealedPadding>();
        services.AddScoped<StartupChecks>();
        services.AddScoped<IContentCipher, EnvelopeCipher>();
        services.AddScoped<ContentSealer>();
        services.AddScoped<AuditLog>();
        services.AddScoped<KeyRotation>();
        services.AddWbsRateLimits(configuration);
        return services;
    }
}
