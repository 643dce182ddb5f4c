namespace Wbs.Web.Notifications;

/// <summary>The owner references of <see cref="Domain.NotificationContact"/>, and the scope each address is sealed under.</summary>
public static class RecipientRefs
{
    public const string Webhook = "webhook";

    public static string User(string userId) => "user:" + userId;

    public static string Anonymous(Guid reportId) => "anon:" + reportId.ToString("N");

    /// <summary>
    /// A gratification report's reporter, per report: the report is owned by a keyed reference that cannot be turned
    /// back into the account, so the address is given on the report's own page and kept under the report.
    /// </summary>
    public static string Gratification(Guid reportId) => "grat:" + reportId.ToString("N");

    public static bool IsGratification(string ownerRef) => ownerRef.StartsWith("grat:", StringComparison.Ordinal);

    /// <summary>The address is sealed under its owner's own scope (the account's, or the anonymous or gratification report's).</summary>
    public static Guid ScopeOf(string ownerRef) => ownerRef switch
    {
        _ when ownerRef.StartsWith("user:", StringComparison.Ordinal) => Guid.Parse(ownerRef["user:".Length..]),
        _ when ownerRef.StartsWith("anon:", StringComparison.Ordinal) => Guid.ParseExact(ownerRef["anon:".Length..], "N"),
        _ when IsGratification(ownerRef) => Guid.ParseExact(ownerRef["grat:".Length..], "N"),
        _ => throw new ArgumentException("Unknown recipient reference.", nameof(ownerRef)),
    };

    /// <summary>An address as the Admin sees it: the first letter and the domain (a***@example.go.id).</summary>
    public static string Mask(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : address[0] + "***" + address[at..];
    }
}
