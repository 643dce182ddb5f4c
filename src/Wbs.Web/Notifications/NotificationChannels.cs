namespace Wbs.Web.Notifications;

public static class NotificationChannels
{
    public const string Email = "email";
    public const string Webhook = "webhook";
}
