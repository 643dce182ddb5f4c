namespace Wbs.Web.Notifications;

/// <summary>A way out for a notification: SMTP, an HTTP webhook, later an SMS or WhatsApp gateway.</summary>
public interface INotificationChannel
{
    /// <summary>The <see cref="Domain.OutboxMessage.Channel"/> value of the messages it sends.</summary>
    string Name { get; }

    bool IsOn { get; }

    /// <summary>Sends one message; throws on failure (the sender retries). <paramref name="address"/> is null for a webhook.</summary>
    Task SendAsync(NotificationText text, string? address, CancellationToken ct);
}
