namespace Wbs.Web.Domain;

/// <summary>
/// One row per background job that must run on one node at a time (the notification sender). A node holds it while
/// <see cref="ExpiresAt"/> is in the future and renews it with a conditional UPDATE; a node that died loses it when it
/// expires.
/// </summary>
public class SenderLease
{
    public required string Name { get; set; }
    public Guid? Holder { get; set; }
    public DateTime ExpiresAt { get; set; }
}
