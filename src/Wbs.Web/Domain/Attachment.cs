namespace Wbs.Web.Domain;

/// <summary>An evidence file's description; its bytes live in <see cref="AttachmentBlob"/> so lists stay light.</summary>
public class Attachment
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public required byte[] SealedFileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Names of the metadata removed on intake, one per line (empty when nothing was found).</summary>
    public string RemovedMetadata { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public AttachmentBlob? Blob { get; set; }
}

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
