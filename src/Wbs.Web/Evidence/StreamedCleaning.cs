using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>A file cleaned into a sealed spool, the names of what was taken out, and whether nothing was.</summary>
public sealed record StreamedCleaning(SealedBuffer Content, IReadOnlyList<string> RemovedMetadata, bool Unchanged);
