namespace Wbs.Web.Notifications;

/// <summary>SMTP settings (<c>Wbs:Email</c>); mail is off while <see cref="Host"/> is empty.</summary>
public sealed class EmailOptions
{
    public const string Section = "Wbs:Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>"true" (TLS from the first byte), "false" (plain, only for a relay on the same machine) or "starttls".</summary>
    public string UseTls { get; set; } = "starttls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "wbs@localhost";

    public bool IsOn => !string.IsNullOrWhiteSpace(Host);
}
