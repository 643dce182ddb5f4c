namespace Wbs.Web.Domain;

/// <summary>
/// The evidence bytes. Kept in the database, not on disk, so that several app nodes share only the database and a
/// submission commits report, number and files in one transaction.
/// </summary>
public class AttachmentBlob
{
    public Guid AttachmentId { get; set; }
    public required byte[] Data { get; set; }

    /// <summary>
    /// The file exactly as uploaded, metadata included, sealed under a key of its own (scope: the attachment's id).
    /// Opened only through an audited reveal with a reason; null when cleaning changed nothing.
    /// </summary>
    public byte[]? SealedOriginal { get; set; }
}
