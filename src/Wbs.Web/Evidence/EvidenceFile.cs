namespace Wbs.Web.Evidence;

/// <summary>
/// An evidence file accepted for storage: its kind was read from its bytes. <see cref="Content"/> is the cleaned copy
/// staff work with; <see cref="Original"/> is the upload byte for byte, to be sealed apart and opened only on an audited reveal.
/// </summary>
public sealed record EvidenceFile(string FileName, EvidenceKind Kind, byte[] Content, byte[] Original, IReadOnlyList<string> RemovedMetadata);
