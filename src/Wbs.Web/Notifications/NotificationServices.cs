namespace Wbs.Web.Notifications;

public static class NotificationServices
{
    /// <summary>The outbox, its channels and the one-node-at-a-time sender.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.Configure<SenderOptions>(configuration.GetSection(SenderOptions.Section));
        services.AddHttpClient(nameof(WebhookChannel));
        services.AddSingleton<INotificationChannel, SmtpChannel>();
        services.AddSingleton<INotificationChannel, WebhookChannel>();
        services.AddScoped<Outbox>();
        services.AddScoped<NotificationContacts>();
        services.AddScoped<DeadlineDigest>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
