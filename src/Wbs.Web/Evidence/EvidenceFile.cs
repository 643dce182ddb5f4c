using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>
/// An evidence file accepted for storage: its kind was read from its bytes. <see cref="Content"/> is the cleaned copy
/// staff work with, held in a sealed spool; <see cref="Original"/> opens the upload byte for byte
/// (<see cref="OriginalLength"/> long), to be sealed apart and opened only on an audited reveal, and is null when
/// cleaning changed nothing. Neither is ever held whole in memory.
/// </summary>
public sealed record EvidenceFile(
    string FileName, EvidenceKind Kind, SealedBuffer Content, Func<Stream>? Original, long OriginalLength, IReadOnlyList<string> RemovedMetadata);
