namespace Wbs.Web.Domain;

/// <summary>Which master key wraps new data keys, shared by every node so a key becomes active only by "keys rotate".</summary>
public class KeyRingState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public required string ActiveMasterKeyId { get; set; }
    public DateTime ChangedAt { get; set; }
}
