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

    /// <summary>
    /// The retention day of a closed case's key: the wrapped key is wrapped once more under that day's retention key
    /// (<c>RetentionRatchet</c>), so it opens only until the ratchet moves past the day. Null: the master key alone.
    /// </summary>
    public DateOnly? ErasureDay { get; set; }
}
