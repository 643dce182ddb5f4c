namespace Wbs.Web.Domain;

/// <summary>
/// A random AES-256 key for one scope (a report, a user's contact, a sealed original), stored only wrapped by a master
/// key that lives outside the database.
/// </summary>
public class DataKey
{
    public Guid Id { get; set; }
    public required string MasterKeyId { get; set; }
    public required byte[] WrappedKey { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Which master key wraps new data keys, shared by every node so a key becomes active only by "keys rotate".</summary>
public class KeyRingState
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public required string ActiveMasterKeyId { get; set; }
    public DateTime ChangedAt { get; set; }
}
