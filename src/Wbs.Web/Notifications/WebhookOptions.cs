namespace Wbs.Web.Notifications;

/// <summary>
/// An HTTP gateway (<c>Wbs:Webhook</c>): a team chat, or a WhatsApp or SMS gateway that sends the text itself. Off while
/// <see cref="Url"/> is empty. It receives staff events only, as JSON <c>{kind, number, link, text}</c>.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Wbs:Webhook";

    public string? Url { get; set; }

    /// <summary>The text sent as <c>text</c>; {kind} and {link} are replaced ({number} too where the number may be shown).</summary>
    public string Template { get; set; } = "WBS: {kind} {number} {link}";

    public bool IsOn => !string.IsNullOrWhiteSpace(Url);
}
