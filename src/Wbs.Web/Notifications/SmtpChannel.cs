using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Wbs.Web.Notifications;

/// <summary>Email through MailKit. One connection per message: the sender is one node and the volume is small.</summary>
public sealed class SmtpChannel(IOptions<EmailOptions> options) : INotificationChannel
{
    public string Name => NotificationChannels.Email;

    public bool IsOn => options.Value.IsOn;

    public async Task SendAsync(NotificationText text, string? address, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var settings = options.Value;
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.Add(MailboxAddress.Parse(address));
        mail.Subject = text.Subject;
        // The outbox row's id: a receiving server (or a test) can tell a resend from a second message.
        mail.MessageId = $"{text.Id:N}@wbs.outbox";
        mail.Body = new TextPart("plain") { Text = text.Body };

        using var client = new SmtpClient();
        client.Timeout = 30_000;
        await client.ConnectAsync(settings.Host!, settings.Port, Security(settings.UseTls), ct);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }

    public static SecureSocketOptions Security(string? useTls) => (useTls ?? "").Trim().ToLowerInvariant() switch
    {
        "true" => SecureSocketOptions.SslOnConnect,
        "false" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        _ => throw new InvalidOperationException("Wbs:Email:UseTls must be true, false or starttls."),
    };
}
