namespace Wbs.Web.Domain;

/// <summary>The chain's head: one row whose lock makes appenders on every node take turns.</summary>
public class AuditHead
{
    public int Id { get; set; }
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}
