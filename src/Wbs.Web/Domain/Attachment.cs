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
