using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Wbs.Web.Notifications;

/// <summary>A POST of <c>{kind, number, link, text}</c> to <c>Wbs:Webhook:Url</c>; any answer but 2xx is a failure to retry.</summary>
public sealed class WebhookChannel(IHttpClientFactory clients, IOptions<WebhookOptions> options) : INotificationChannel
{
    public string Name => NotificationChannels.Webhook;

    public bool IsOn => options.Value.IsOn;

    public async Task SendAsync(NotificationText text, string? address, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = options.Value;
        var kind = text.Kind.ToString();
        var rendered = settings.Template.Replace("{kind}", kind, StringComparison.Ordinal)
            .Replace("{number}", text.Number ?? "", StringComparison.Ordinal)
            .Replace("{link}", text.Link, StringComparison.Ordinal).Trim();
        using var client = clients.CreateClient(nameof(WebhookChannel));
        client.Timeout = TimeSpan.FromSeconds(15);
        using var answer = await client.PostAsJsonAsync(settings.Url, new { kind, number = text.Number, link = text.Link, text = rendered }, ct);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Webhook answered {(int)answer.StatusCode}.");
        }
    }
}
